package org.learningsets.model.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.learningsets.model.confidentiality.TestCiphers;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.person.Person;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.LearningSetTestData;

class ActionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private final LearningSet set = LearningSetTestData.set("Set A");
    private final Person amira = new Person("Amira Khan", "amira@example.org", new Organisation("A"));
    private final Issue issue =
            new Issue(set, amira, "Mornings", null, Instant.parse("2026-11-01T10:00:00Z"), TestCiphers.fresh());

    @Test
    void overdueIsStillOpenAndDueBeforeTodayTheSameRuleEverywhere() {
        assertTrue(Action.isOverdue(ActionStatus.OPEN, TODAY.minusDays(1), TODAY), "due yesterday");
        assertFalse(Action.isOverdue(ActionStatus.OPEN, TODAY, TODAY), "due today is not late yet");
        assertFalse(Action.isOverdue(ActionStatus.OPEN, null, TODAY), "no date, never overdue");
        for (ActionStatus other :
                new ActionStatus[] {ActionStatus.DONE, ActionStatus.CARRIED_FORWARD, ActionStatus.DROPPED}) {
            assertFalse(Action.isOverdue(other, TODAY.minusDays(10), TODAY), other.name());
        }
        Action action = new Action(issue, amira, null, "Count arrivals", TODAY.minusDays(1), TestCiphers.fresh());
        assertTrue(action.isOverdue(TODAY));
        action.mark(ActionStatus.DONE);
        assertFalse(action.isOverdue(TODAY));
    }

    /** The dashboards count a set's actions by the set kept on each action: it is the issue's, from the start. */
    @Test
    void anActionBelongsToItsIssuesSet() {
        Action action = new Action(issue, amira, null, "Count arrivals", TODAY, TestCiphers.fresh());
        assertEquals(set.getId(), action.getSetId());
    }
}
