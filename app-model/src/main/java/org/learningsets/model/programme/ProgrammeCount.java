package org.learningsets.model.programme;

/** A number per programme, as an aggregate query gives it (JPQL {@code select new}). */
public record ProgrammeCount(String programmeId, Long count) {}
