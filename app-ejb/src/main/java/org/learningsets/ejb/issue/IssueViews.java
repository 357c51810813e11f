package org.learningsets.ejb.issue;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Issues, actions and progress as the set's own people see them. */
public final class IssueViews {

    private IssueViews() {
    }

    public record IssueView(String id, long version, String setId, String holderId, String holderName, String title,
            String narrative, String status, Instant raisedAt, Instant closedAt, List<ActionView> actions)
            implements Serializable {
    }

    public record ActionView(String id, long version, String ownerName, String description, LocalDate dueDate,
            String status, List<ProgressView> progress) implements Serializable {
    }

    public record ProgressView(String id, String authorName, String note, Instant reportedAt) implements Serializable {
    }
}
