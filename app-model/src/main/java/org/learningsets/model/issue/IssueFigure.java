package org.learningsets.model.issue;

import java.time.Instant;

/** An issue's status and dates with its set, no title or holder: the headline figures of many sets. */
public record IssueFigure(String setId, IssueStatus status, Instant raisedAt, Instant closedAt) {}
