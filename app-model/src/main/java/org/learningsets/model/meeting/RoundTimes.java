package org.learningsets.model.meeting;

import java.time.Instant;

/** When a round of a meeting started and ended (null while running), from a query over many meetings. */
public record RoundTimes(String meetingId, Instant startedAt, Instant endedAt) {}
