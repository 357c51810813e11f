package org.learningsets.model.security;

import java.io.Serializable;
import java.time.Instant;

/** One entry of an account's two-step sign-in audit, as a query row: what, by whom (their email), when. */
public record SecondFactorEventRow(SecondFactorEventKind kind, String actorEmail, Instant happenedAt)
        implements Serializable {}
