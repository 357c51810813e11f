package org.learningsets.model.set;

import java.time.Instant;

/** One membership reduced to what counts need (JPQL {@code select new}): whose, in which set, how it stands. */
public record MembershipFact(String personId, String setId, MembershipStatus status, Instant joinedAt) {}
