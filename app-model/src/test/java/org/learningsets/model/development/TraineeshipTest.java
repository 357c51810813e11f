package org.learningsets.model.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.TestCiphers;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.Cadence;
import org.learningsets.model.programme.MeetingMode;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.set.LearningSet;

class TraineeshipTest {

    private final Person mentor =
            new Person("Carolyn Robertson", "carolyn.robertson@example.org", new Organisation("NHS Elect"));
    private final Person trainee = new Person("Trainee Person", "trainee@example.org", new Organisation("Leeds"));
    private final Person lead = new Person("Morgan Ellis", "programme.lead@example.org", new Organisation("NHS Elect"));
    private final LearningSet set = new LearningSet(programme(), "Set A", Instant.now());

    private static Programme programme() {
        return new Programme(
                "AEC",
                new Organisation("NHS Elect"),
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31),
                Cadence.monthly(2, DayOfWeek.TUESDAY, LocalTime.of(14, 0)),
                120,
                4,
                8,
                6,
                MeetingMode.VIRTUAL);
    }

    @Test
    void theAgreedMeetingsAreOneToTwelve() {
        assertEquals(
                "The number of meetings to co-facilitate must be between 1 and 12 (it is 0).",
                assertThrows(InvalidInputException.class, () -> new Traineeship(set, trainee, mentor, 0, Instant.now()))
                        .getMessage());
        assertThrows(InvalidInputException.class, () -> new Traineeship(set, trainee, mentor, 13, Instant.now()));
        assertEquals(12, new Traineeship(set, trainee, mentor, 12, Instant.now()).getAgreedMeetings());
    }

    @Test
    void theMentorIsNotTheirOwnTrainee() {
        assertThrows(InvalidInputException.class, () -> new Traineeship(set, mentor, mentor, 3, Instant.now()));
    }

    @Test
    void signOffWaitsForTheAgreedMeetingsAndHappensOnce() {
        Traineeship t = new Traineeship(set, trainee, mentor, 3, Instant.now());
        assertEquals(TraineeshipStatus.IN_TRAINING, t.getStatus());
        assertEquals(
                "Trainee Person has co-facilitated 2 of the 3 meetings agreed; sign them off once all 3 are held.",
                assertThrows(StateException.class, () -> t.signOff(lead, Instant.now(), 2))
                        .getMessage());
        assertEquals(TraineeshipStatus.IN_TRAINING, t.getStatus(), "a refusal changes nothing");
        Instant at = Instant.now();
        t.signOff(lead, at, 3);
        assertEquals(TraineeshipStatus.SIGNED_OFF, t.getStatus());
        assertEquals(at, t.getSignedOffAt());
        assertEquals(lead, t.getSignedOffBy());
        assertThrows(StateException.class, () -> t.signOff(lead, Instant.now(), 3));
        assertThrows(StateException.class, () -> t.end(Instant.now()));
    }

    @Test
    void anEndedTraineeshipIsNotSignedOff() {
        Traineeship t = new Traineeship(set, trainee, mentor, 1, Instant.now());
        t.end(Instant.now());
        assertEquals(TraineeshipStatus.ENDED, t.getStatus());
        assertEquals(
                "Trainee Person's traineeship in Set A is ended without sign-off already.",
                assertThrows(StateException.class, () -> t.signOff(lead, Instant.now(), 5))
                        .getMessage());
    }

    @Test
    void reflectionsNeedNoCompetency() {
        DevelopmentRecord record = new DevelopmentRecord(trainee, new CompetencyFramework("ICF"), Instant.now());
        var cipher = TestCiphers.fresh();
        assertEquals(
                "I held the check-in.",
                new DevelopmentEntry(
                                record,
                                null,
                                EntryKind.REFLECTION,
                                "I held the check-in.",
                                trainee,
                                Instant.now(),
                                cipher)
                        .readText(cipher));
        new DevelopmentEntry(record, null, EntryKind.MENTOR_REFLECTION, "Good pace.", mentor, Instant.now(), cipher);
    }
}
