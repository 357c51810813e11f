package org.learningsets.ejb.action;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.learningsets.ejb.issue.IssueViews.ProgressView;
import org.learningsets.model.action.ActionStatus;

/** A member's actions across all their issues and sets. */
public final class MyActionViews {

    private MyActionViews() {}

    /**
     * One of my actions with its issue and set. {@code status}: the ActionStatus name, {@code statusLabel} its words;
     * {@code overdue} by the one rule (Action.isOverdue); {@code agreedAt}: "meeting 2", or null between meetings.
     */
    public record MyAction(
            String id,
            long version,
            String description,
            String issueId,
            String issueTitle,
            String setName,
            LocalDate dueDate,
            String status,
            String statusLabel,
            boolean overdue,
            String agreedAt,
            List<ProgressView> progress)
            implements Serializable {

        public boolean is(ActionStatus other) {
            return other.name().equals(status);
        }
    }

    /**
     * {@code toDo}: open and carried forward, overdue first, then by due date; {@code finished}: done and dropped.
     * {@code setsToAgree}: sets whose changed or new ground rules I have not agreed, so their actions are not shown.
     */
    public record MyActions(List<MyAction> toDo, List<MyAction> finished, List<String> setsToAgree)
            implements Serializable {

        public long overdue() {
            return toDo.stream().filter(MyAction::overdue).count();
        }
    }
}
