package org.learningsets.model.set;

/** A number per set, as an aggregate query gives it (JPQL {@code select new}): e.g. its current members. */
public record SetCount(String setId, String setName, Long count) {}
