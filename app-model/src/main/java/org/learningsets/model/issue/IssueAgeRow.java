package org.learningsets.model.issue;

import java.time.Instant;

/**
 * An issue's dates and status with its set, holder and title for a set's dashboard. {@code storedTitle} is the title as
 * stored (encrypted): read it with {@link Issue#readTitle(String, String, org.learningsets.model.confidentiality.TextCipher)}.
 */
public record IssueAgeRow(
        String setId,
        String issueId,
        String storedTitle,
        String holderName,
        IssueStatus status,
        Instant raisedAt,
        Instant closedAt) {}
