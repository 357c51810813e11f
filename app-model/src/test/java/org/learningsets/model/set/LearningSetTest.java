package org.learningsets.model.set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.learningsets.model.common.StateException;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.Cadence;
import org.learningsets.model.programme.MeetingMode;
import org.learningsets.model.programme.Programme;

class LearningSetTest {

    static final Programme PROGRAMME = new Programme(
            "AEC",
            new Organisation("NHS Elect"),
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 9, 1),
            Cadence.monthly(2, DayOfWeek.TUESDAY, LocalTime.of(14, 0)),
            120,
            4,
            8,
            6,
            MeetingMode.VIRTUAL);
    static final Programme OTHER_PROGRAMME = new Programme(
            "Leadership",
            new Organisation("NHS Elect"),
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 9, 1),
            Cadence.monthly(2, DayOfWeek.TUESDAY, LocalTime.of(14, 0)),
            120,
            4,
            8,
            6,
            MeetingMode.VIRTUAL);

    @Test
    void onlyAClosedSetHasItsContentPurged() {
        LearningSet set = new LearningSet(PROGRAMME, "Set P", Instant.now());
        set.moveTo(SetState.ACTIVE);
        assertEquals(
                "Only a closed set's confidential text is removed.",
                assertThrows(StateException.class, () -> set.markContentPurged(Instant.now()))
                        .getMessage());
        set.moveTo(SetState.CLOSED);
        Instant when = Instant.parse("2027-04-01T02:30:00Z");
        set.markContentPurged(when);
        assertEquals(when, set.getContentPurgedAt());
    }

    @Test
    void theLifecycleGoesForwardOnly() {
        LearningSet set = new LearningSet(PROGRAMME, "Set A", Instant.now());
        assertEquals(SetState.FORMING, set.getState());
        set.moveTo(SetState.ACTIVE);
        set.moveTo(SetState.SELF_FACILITATING);
        set.moveTo(SetState.CLOSED);
        set.moveTo(SetState.ARCHIVED);
        assertEquals(SetState.ARCHIVED, set.getState());
    }

    @Test
    void skippingOrReversingAStateIsRefusedWithTheReason() {
        LearningSet set = new LearningSet(PROGRAMME, "Set A", Instant.now());
        assertEquals(
                "A set that is forming cannot become closed.",
                assertThrows(StateException.class, () -> set.moveTo(SetState.CLOSED))
                        .getMessage());
        set.moveTo(SetState.ACTIVE);
        assertThrows(StateException.class, () -> set.moveTo(SetState.FORMING));
    }

    @Test
    void aMembershipEndsOnceAndKeepsItsHistory() {
        LearningSet set = new LearningSet(PROGRAMME, "Set A", Instant.now());
        Person p = new Person("Isla Patel", "isla.patel@example.org", new Organisation("Norfolk and Norwich"));
        Membership m = new Membership(set, p, Instant.parse("2026-01-05T10:00:00Z"));
        m.end(MembershipStatus.WITHDRAWN, Instant.parse("2026-03-05T10:00:00Z"));
        assertEquals(MembershipStatus.WITHDRAWN, m.getStatus());
        assertEquals(Instant.parse("2026-01-05T10:00:00Z"), m.getJoinedAt());
        assertThrows(StateException.class, () -> m.end(MembershipStatus.MOVED, Instant.now()));
    }
}
