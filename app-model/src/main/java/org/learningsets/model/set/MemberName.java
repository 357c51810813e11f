package org.learningsets.model.set;

/** An active member of a set, by name, from a query over many sets (JPQL {@code select new}). */
public record MemberName(String setId, String personId, String fullName) {}
