package org.learningsets.ejb.issue;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.learningsets.model.action.ActionStatus;
import org.learningsets.model.issue.IssueStatus;

/** Issues, actions and progress as the set's own people see them. */
public final class IssueViews {

    private IssueViews() {}

    /** {@code status} is the IssueStatus name, {@code statusLabel} its words. */
    public record IssueView(
            String id,
            long version,
            String setId,
            String holderId,
            String holderName,
            String title,
            String narrative,
            String status,
            Instant raisedAt,
            Instant closedAt,
            List<ActionView> actions,
            String statusLabel)
            implements Serializable {

        public boolean open() {
            return IssueStatus.OPEN.name().equals(status);
        }
    }

    /**
     * {@code status} is the ActionStatus name, {@code statusLabel} its words; {@code overdue} by the one rule
     * ({@link org.learningsets.model.action.Action#isOverdue}); {@code ownerId} to tell the owner's own actions.
     */
    public record ActionView(
            String id,
            long version,
            String ownerName,
            String description,
            LocalDate dueDate,
            String status,
            List<ProgressView> progress,
            String statusLabel,
            boolean overdue,
            String ownerId,
            String agreedAt)
            implements Serializable {

        public boolean is(ActionStatus other) {
            return other.name().equals(status);
        }
    }

    public record ProgressView(String id, String authorName, String note, Instant reportedAt) implements Serializable {}
}
