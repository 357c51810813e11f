package org.learningsets.model.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.MeetingMode;
import org.learningsets.model.set.LearningSetTestData;

class ObservationTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private final Meeting meeting = new Meeting(
            LearningSetTestData.set("Set A"),
            2,
            LocalDateTime.of(2026, 12, 8, 14, 0),
            120,
            MeetingMode.VIRTUAL,
            null,
            "https://meet.example.org/a");
    private final Person facilitator = new Person("Carolyn Robertson", "carolyn@example.org", new Organisation("A"));
    private final Person assessor = new Person("Andy Mitchell", "andy@example.org", new Organisation("B"));
    private final Person amira = new Person("Amira Khan", "amira@example.org", new Organisation("C"));
    private final Person ben = new Person("Ben Carter", "ben@example.org", new Organisation("D"));
    private final Observation observation = new Observation(meeting, facilitator, assessor, T0);

    @Test
    void onlyWhenEveryCurrentMemberAgreedBeforeTheStart() {
        List<Person> members = List.of(amira, ben);
        ObservationConsent a = new ObservationConsent(observation, amira, ConsentAnswer.AGREED, T0.plusSeconds(60));
        assertEquals(ObservationState.AWAITING_ANSWERS, observation.state(members, List.of(a), null));
        assertEquals(ObservationState.NOT_AGREED_IN_TIME, observation.state(members, List.of(a), T0.plusSeconds(90)));

        ObservationConsent b = new ObservationConsent(observation, ben, ConsentAnswer.AGREED, T0.plusSeconds(120));
        assertEquals(ObservationState.ALL_AGREED, observation.state(members, List.of(a, b), null));
        assertEquals(ObservationState.ON, observation.state(members, List.of(a, b), T0.plusSeconds(180)));
        assertEquals(
                ObservationState.NOT_AGREED_IN_TIME,
                observation.state(members, List.of(a, b), T0.plusSeconds(100)),
                "an answer after the start does not count");

        Person joined = new Person("Chloe Davies", "chloe@example.org", new Organisation("E"));
        assertEquals(
                ObservationState.AWAITING_ANSWERS,
                observation.state(List.of(amira, ben, joined), List.of(a, b), null),
                "a member who joined since must answer too");
    }

    @Test
    void oneDeclineCallsItOffForGood() {
        observation.declined();
        assertEquals(ObservationState.DECLINED, observation.state(List.of(amira), List.of(), null));
        assertThrows(StateException.class, observation::withdraw);
    }

    @Test
    void theFacilitatorCannotObserveThemselves() {
        assertThrows(InvalidInputException.class, () -> new Observation(meeting, facilitator, facilitator, T0));
    }

    @Test
    void membersNamesAreFoundAsWholeWordsInAnyCase() {
        List<String> members = List.of("Amira Khan", "Ben Carter", "Jo-Anne O'Neil");
        assertEquals(
                List.of("Amira", "Carter"),
                MemberNames.namedIn("She let AMIRA talk and asked carter a question.", members));
        assertEquals(List.of(), MemberNames.namedIn("Benign questions; a bench mark; Khanate.", members));
        assertEquals(List.of("Anne"), MemberNames.namedIn("She thanked anne.", members));
        assertEquals(List.of(), MemberNames.namedIn("   ", members));
    }
}
