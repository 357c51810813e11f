package org.learningsets.model.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.TestCiphers;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.MeetingMode;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.LearningSetTestData;

class MeetingTest {

    private final LearningSet set = LearningSetTestData.set("Set A");

    @Test
    void aVirtualMeetingNeedsAWebLinkAndAnInPersonOneAPlace() {
        assertEquals(
                "A virtual meeting needs a meeting link.",
                assertThrows(
                                InvalidInputException.class,
                                () -> new Meeting(
                                        set,
                                        1,
                                        LocalDateTime.of(2026, 1, 13, 14, 0),
                                        120,
                                        MeetingMode.VIRTUAL,
                                        null,
                                        null))
                        .getMessage());
        assertThrows(
                InvalidInputException.class,
                () -> new Meeting(set, 1, LocalDateTime.of(2026, 1, 13, 14, 0), 120, MeetingMode.IN_PERSON, " ", null));
        assertThrows(
                InvalidInputException.class,
                () -> new Meeting(
                        set,
                        1,
                        LocalDateTime.of(2026, 1, 13, 14, 0),
                        120,
                        MeetingMode.VIRTUAL,
                        null,
                        "javascript:alert(1)"));
    }

    @Test
    void aMeetingOverTheAutumnClockChangeLastsItsFullLength() {
        // 25 October 2026 01:00 BST: clocks go back one hour. A 2-hour meeting from 00:30 ends at 01:30 GMT.
        Meeting m = new Meeting(
                set,
                1,
                LocalDateTime.of(2026, 10, 25, 0, 30),
                120,
                MeetingMode.VIRTUAL,
                null,
                "https://meet.example.org/a");
        assertEquals(
                Duration.ofMinutes(120),
                Duration.between(m.getStart().toInstant(), m.getEnd().toInstant()));
        assertEquals(LocalDateTime.of(2026, 10, 25, 1, 30), m.getEnd().toLocalDateTime());
    }

    @Test
    void onlyAPlannedMeetingIsHeldOrCancelled() {
        Meeting m = new Meeting(
                set,
                1,
                LocalDateTime.of(2026, 1, 13, 14, 0),
                120,
                MeetingMode.HYBRID,
                "Room 4",
                "https://meet.example.org/a");
        m.markHeld();
        assertThrows(StateException.class, m::cancel);
    }

    @Test
    void aTimeBidIsForAnIssueOfTheSameSetAndFitsTheMeeting() {
        Meeting m = new Meeting(
                set,
                1,
                LocalDateTime.of(2026, 1, 13, 14, 0),
                120,
                MeetingMode.VIRTUAL,
                null,
                "https://meet.example.org/a");
        Person holder = new Person("Amira Khan", "amira.khan@example.org", new Organisation("Sunderland"));
        Issue own = new Issue(set, holder, "Mornings", null, Instant.now(), TestCiphers.fresh());
        Issue other = new Issue(
                LearningSetTestData.set("Set B"), holder, "Elsewhere", null, Instant.now(), TestCiphers.fresh());
        assertEquals(30, new TimeBid(m, own, 30).getMinutesWanted());
        assertThrows(InvalidInputException.class, () -> new TimeBid(m, other, 30));
        assertThrows(InvalidInputException.class, () -> new TimeBid(m, own, 150));
    }

    @Test
    void aBidWantsFiveToSixtyMinutesWithinTheMeetingAndChangesOnlyUntilBooked() {
        Meeting shortMeeting = new Meeting(
                set,
                2,
                LocalDateTime.of(2026, 2, 10, 14, 0),
                45,
                MeetingMode.VIRTUAL,
                null,
                "https://meet.example.org/a");
        Meeting m = new Meeting(
                set,
                3,
                LocalDateTime.of(2026, 3, 10, 14, 0),
                120,
                MeetingMode.VIRTUAL,
                null,
                "https://meet.example.org/a");
        Person holder = new Person("Amira Khan", "amira.khan@example.org", new Organisation("Sunderland"));
        Issue own = new Issue(set, holder, "Mornings", null, Instant.now(), TestCiphers.fresh());
        assertThrows(InvalidInputException.class, () -> new TimeBid(m, own, 4));
        assertThrows(InvalidInputException.class, () -> new TimeBid(m, own, 61));
        assertThrows(InvalidInputException.class, () -> new TimeBid(shortMeeting, own, 50), "longer than the meeting");
        assertEquals(45, new TimeBid(shortMeeting, own, 45).getMinutesWanted());

        TimeBid bid = new TimeBid(m, own, 30);
        bid.changeMinutes(60);
        assertEquals(60, bid.getMinutesWanted());
        InvalidInputException tooLong = assertThrows(InvalidInputException.class, () -> bid.changeMinutes(90));
        assertEquals("Minutes wanted must be between 5 and 60 (it is 90).", tooLong.getMessage());
        assertEquals(60, bid.getMinutesWanted(), "a refused change leaves the bid as it was");

        bid.book(1, 40);
        assertTrue(bid.isBooked());
        assertThrows(StateException.class, () -> bid.changeMinutes(20));
        assertEquals(60, bid.getMinutesWanted());
    }

    @Test
    void theRotaChangesOnlyWhileTheMeetingIsPlanned() {
        Meeting m = new Meeting(
                set,
                3,
                LocalDateTime.of(2026, 3, 10, 14, 0),
                120,
                MeetingMode.VIRTUAL,
                null,
                "https://meet.example.org/a");
        Person amira = new Person("Amira Khan", "amira.khan@example.org", new Organisation("Sunderland"));
        Person ben = new Person("Ben Carter", "ben.carter@example.org", new Organisation("Aintree"));
        assertEquals(null, m.getRotaHolder());
        assertThrows(InvalidInputException.class, () -> m.giveRotaTo(null));
        m.giveRotaTo(amira);
        assertTrue(m.isOnRota(amira));
        m.giveRotaTo(ben);
        assertTrue(m.isOnRota(ben) && !m.isOnRota(amira), "one holder per meeting");
        m.markHeld();
        StateException held = assertThrows(StateException.class, () -> m.giveRotaTo(amira));
        assertEquals("Meeting 3 has been held; its rota can no longer change.", held.getMessage());
        assertTrue(m.isOnRota(ben));
    }
}
