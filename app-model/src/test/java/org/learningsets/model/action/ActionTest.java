package org.learningsets.model.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.confidentiality.TestCiphers;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.MeetingMode;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.LearningSetTestData;

class ActionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private final LearningSet set = LearningSetTestData.set("Set A");
    private final Person amira = new Person("Amira Khan", "amira@example.org", new Organisation("A"));
    private final Issue issue = new Issue(set, amira, "Mornings", null, Instant.parse("2026-11-01T10:00:00Z"),
            TestCiphers.fresh());
    private final Meeting meeting = new Meeting(set, 2, LocalDateTime.of(2026, 12, 8, 14, 0), 120,
            MeetingMode.VIRTUAL, null, "https://meet.example.org/a");

    @Test
    void overdueIsStillOpenAndDueBeforeTodayTheSameRuleEverywhere() {
        assertTrue(Action.isOverdue(ActionStatus.OPEN, TODAY.minusDays(1), TODAY), "due yesterday");
        assertFalse(Action.isOverdue(ActionStatus.OPEN, TODAY, TODAY), "due today is not late yet");
        assertFalse(Action.isOverdue(ActionStatus.OPEN, null, TODAY), "no date, never overdue");
        for (ActionStatus other : new ActionStatus[] {ActionStatus.DONE, ActionStatus.CARRIED_FORWARD,
            ActionStatus.DROPPED}) {
            assertFalse(Action.isOverdue(other, TODAY.minusDays(10), TODAY), other.name());
        }
        Action action = new Action(issue, amira, null, "Count arrivals", TODAY.minusDays(1), TestCiphers.fresh());
        assertTrue(action.isOverdue(TODAY));
        action.mark(ActionStatus.DONE);
        assertFalse(action.isOverdue(TODAY));
    }

    @Test
    void theDueDateCannotBeBeforeTheMeetingWhereTheActionWasAgreed() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new Action(issue, amira,
                meeting, "Count arrivals", LocalDate.of(2026, 12, 7), TestCiphers.fresh()));
        assertEquals("The due date cannot be before meeting 2 (8 December 2026), where the action was agreed.",
                refused.getMessage());
        Action sameDay = new Action(issue, amira, meeting, "Count arrivals", LocalDate.of(2026, 12, 8),
                TestCiphers.fresh());
        assertEquals(LocalDate.of(2026, 12, 8), sameDay.getDueDate(), "due on the meeting's day is fine");
        assertThrows(InvalidInputException.class, () -> sameDay.redescribe("Count arrivals",
                LocalDate.of(2026, 11, 1), TestCiphers.fresh()), "nor when the action is changed later");
        new Action(issue, amira, null, "Between meetings", LocalDate.of(2026, 1, 1), TestCiphers.fresh());
    }
}
