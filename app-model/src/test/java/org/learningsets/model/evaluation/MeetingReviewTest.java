package org.learningsets.model.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.confidentiality.TestCiphers;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.confidentiality.TextIntegrityException;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.Cadence;
import org.learningsets.model.programme.MeetingMode;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.set.LearningSet;

class MeetingReviewTest {

    private final TextCipher cipher = TestCiphers.fresh();
    private final Organisation org = new Organisation("NHS Elect");
    private final Person author = new Person("Ben Carter", "ben.carter@example.org", org);
    private final Meeting meeting = new Meeting(
            new LearningSet(
                    new Programme(
                            "AEC",
                            org,
                            LocalDate.of(2027, 1, 1),
                            LocalDate.of(2027, 12, 31),
                            Cadence.monthly(2, DayOfWeek.TUESDAY, LocalTime.of(14, 0)),
                            120,
                            4,
                            8,
                            6,
                            MeetingMode.VIRTUAL),
                    "Set A",
                    Instant.now()),
            1,
            LocalDateTime.of(2027, 1, 12, 14, 0),
            120,
            MeetingMode.VIRTUAL,
            null,
            "https://meet.example.org/a");

    @Test
    void theScoreIsOneToFiveAndTheAnswersAreOptional() {
        MeetingReview review = new MeetingReview(meeting, author, 4, " Listening ", " ", null, Instant.now(), cipher);
        assertEquals(4, review.getPulse());
        assertEquals("Listening", review.readWhatHelped(cipher));
        assertNull(review.readWhatGotInTheWay(cipher));
        for (int bad : new int[] {0, 6}) {
            assertEquals(
                    "How well we worked together must be between 1 and 5 (it is " + bad + ").",
                    assertThrows(
                                    InvalidInputException.class,
                                    () -> review.revise(bad, "x", null, null, Instant.now(), cipher))
                            .getMessage());
        }
        assertEquals("Listening", review.readWhatHelped(cipher), "a refused revision changes nothing");
    }

    @Test
    void answersAreStoredEncryptedAndBoundToTheirColumn() throws Exception {
        MeetingReview review = new MeetingReview(
                meeting, author, 3, "Quiet room", "Phones", "Ask open questions", Instant.now(), cipher);
        var helped = MeetingReview.class.getDeclaredField("whatHelped");
        helped.setAccessible(true);
        String ciphertext = (String) helped.get(review);
        assertTrue(ciphertext.startsWith("v2:") && !ciphertext.contains("Quiet"), ciphertext);
        var learned = MeetingReview.class.getDeclaredField("whatILearned");
        learned.setAccessible(true);
        learned.set(review, ciphertext);
        assertThrows(TextIntegrityException.class, () -> review.readWhatILearned(cipher));
    }

    @Test
    void overlongAnswersAreRefusedWithTheirLength() {
        assertEquals(
                "What got in the way must be at most 4000 characters (it has 4001).",
                assertThrows(
                                InvalidInputException.class,
                                () -> new MeetingReview(
                                        meeting, author, 3, null, "y".repeat(4001), null, Instant.now(), cipher))
                        .getMessage());
    }

    @Test
    void thePulseShowsCountAverageAndDistributionOnlyForEnoughAnswers() {
        PulseSummary few = PulseSummary.of(List.of(5, 1));
        assertEquals(2, few.responses());
        assertFalse(few.shown(), "two answers would point at people");
        assertEquals(List.of(), few.distribution());

        PulseSummary enough = PulseSummary.of(List.of(5, 4, 4, 2));
        assertTrue(enough.shown());
        assertEquals(4, enough.responses());
        assertEquals(3.8, enough.average());
        assertEquals(List.of(0, 1, 0, 2, 1), enough.distribution());
        assertThrows(IllegalArgumentException.class, () -> PulseSummary.of(List.of(3, 3, 9)));
    }
}
