package org.learningsets.model.security;

import java.time.Instant;

/** Whether a person's account has ever been used (JPQL {@code select new}); {@code lastSignedInAt} null if not. */
public record AccountActivity(String personId, Instant lastSignedInAt) {}
