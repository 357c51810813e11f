package org.learningsets.ejb.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsets.model.common.InvalidInputException;

class AllocationValidatorTest {

    private static final SetLayout TWO_SETS =
            SetLayout.named(new SetDefinition("a", "Set A"), new SetDefinition("b", "Set B"));

    @Test
    void noParticipants() {
        assertRefused(
                "There are no participants to allocate.",
                AllocationRequest.of(List.of(), SetLayout.targetSize(6), 6, 6));
        assertRefused(
                "There are no participants to allocate.", AllocationRequest.of(null, SetLayout.targetSize(6), 6, 6));
    }

    @Test
    void minimumAboveMaximum() {
        assertRefused(
                "The minimum set size (8) is larger than the maximum (6).",
                AllocationRequest.of(AllocationTestData.strangers(12), TWO_SETS, 8, 6));
    }

    @Test
    void minimumBelowTwo() {
        assertRefused(
                "The minimum set size must be at least 2 (it is 1).",
                AllocationRequest.of(AllocationTestData.strangers(12), TWO_SETS, 1, 6));
    }

    @Test
    void targetOutsideTheLimits() {
        assertRefused(
                "The target set size (9) must be between the minimum (6) and the maximum (8).",
                AllocationRequest.of(AllocationTestData.strangers(12), SetLayout.targetSize(9), 6, 8));
    }

    @Test
    void missingLayout() {
        assertRefused(
                "Either the sets or a target set size is required.",
                AllocationRequest.of(AllocationTestData.strangers(12), null, 6, 6));
    }

    @Test
    void tooFewForTheNamedSets() {
        assertRefused(
                "10 participants cannot fill 2 sets of 6 to 8 people: 2 sets need at least 12.",
                AllocationRequest.of(AllocationTestData.strangers(10), TWO_SETS, 6, 8));
    }

    @Test
    void tooManyForTheNamedSets() {
        assertRefused(
                "17 participants cannot fit in 2 sets of 6 to 8 people: 2 sets take at most 16.",
                AllocationRequest.of(AllocationTestData.strangers(17), TWO_SETS, 6, 8));
    }

    @Test
    void noSetSizeFitsTheNumberOfParticipants() {
        assertRefused(
                "9 participants cannot be split into sets of 5 to 8 people: 1 set takes at most 8 and 2 sets"
                        + " need at least 10.",
                AllocationRequest.of(AllocationTestData.strangers(9), SetLayout.targetSize(6), 5, 8));
    }

    @Test
    void tooFewForOneSet() {
        assertRefused(
                "3 participants are too few for even one set: a set needs at least 4.",
                AllocationRequest.of(AllocationTestData.strangers(3), SetLayout.targetSize(4), 4, 6));
    }

    @Test
    void setCountFromTargetSizeMovesToFitTheLimits() {
        assertEquals(72, setCount(500, 7, 6, 8));
        assertEquals(2, setCount(12, 6, 6, 6));
        // ceil(13 / 6) = 3 sets would hold fewer than 6 each; 2 sets of 6 or 7 fit.
        assertEquals(2, setCount(13, 6, 6, 8));
        assertEquals(3, setCount(12, 5, 4, 6));
    }

    @Test
    void duplicateIds() {
        List<Participant> people = new ArrayList<>(AllocationTestData.strangers(12));
        people.set(5, Participant.of("s1", "Someone Else", "org99"));
        assertRefused("Participant id \"s1\" is used more than once.", AllocationRequest.of(people, TWO_SETS, 6, 6));

        assertRefused(
                "Set id \"a\" is used more than once.",
                AllocationRequest.of(
                        AllocationTestData.strangers(12),
                        SetLayout.named(new SetDefinition("a", "One"), new SetDefinition("a", "Two")),
                        6,
                        6));
    }

    @Test
    void participantWithoutIdOrOrganisation() {
        List<Participant> people = new ArrayList<>(AllocationTestData.strangers(12));
        people.set(2, Participant.of(" ", "Nobody", "org3"));
        people.set(3, Participant.of("s4", "Dana Fox", null));
        assertRefused(
                "Participant 3 (Nobody) has no id. Dana Fox has no organisation.",
                AllocationRequest.of(people, TWO_SETS, 6, 6));
    }

    @Test
    void ownLineManager() {
        List<Participant> people = new ArrayList<>(AllocationTestData.strangers(12));
        people.set(0, people.get(0).withLineManager("s1"));
        assertRefused("Person 1 is recorded as their own line manager.", AllocationRequest.of(people, TWO_SETS, 6, 6));
    }

    @Test
    void pinToAnUnknownSetOrParticipant() {
        assertRefused(
                "Person 1 is pinned to set \"c\", which is not one of the sets.",
                AllocationRequest.of(AllocationTestData.strangers(12), TWO_SETS, 6, 6)
                        .withPins(Map.of("s1", "c")));
        assertRefused(
                "Person 1 is pinned to set \"Set 1\", which is not one of the sets (sets derived from a target"
                        + " size are set-1 to set-2).",
                AllocationRequest.of(AllocationTestData.strangers(12), SetLayout.targetSize(6), 6, 6)
                        .withPins(Map.of("s1", "Set 1")));
        assertRefused(
                "A pin names participant \"x9\", who is not among the participants.",
                AllocationRequest.of(AllocationTestData.strangers(12), TWO_SETS, 6, 6)
                        .withPins(Map.of("x9", "a")));
    }

    @Test
    void morePinnedToASetThanItCanHold() {
        assertRefused(
                "3 people are pinned to Set A, more than the maximum set size of 2.",
                AllocationRequest.of(AllocationTestData.strangers(4), TWO_SETS, 2, 2)
                        .withPins(Map.of("s1", "a", "s2", "a", "s3", "a")));
    }

    @Test
    void lineManagerAndReportPinnedTogether() {
        List<Participant> people = new ArrayList<>(AllocationTestData.strangers(12));
        people.set(1, people.get(1).withLineManager("s1"));
        assertRefused(
                "Person 2 and their line manager, Person 1, are both pinned to Set B.",
                AllocationRequest.of(people, TWO_SETS, 6, 6).withPins(Map.of("s1", "b", "s2", "b")));
    }

    @Test
    void colleaguesPinnedTogetherWhenOnePerSetIsPossible() {
        List<Participant> people = AllocationTestData.emergencyCare();
        people.set(
                1,
                Participant.of("p02", "Ben Carter", "rxp").withOrganisationName("County Durham and Darlington NHS FT"));
        assertRefused(
                "Amira Khan and Ben Carter are both pinned to Set A and both from County Durham and"
                        + " Darlington NHS FT; the numbers allow at most one per set.",
                AllocationRequest.of(people, TWO_SETS, 6, 6).withPins(Map.of("p01", "a", "p02", "a")));
    }

    @Test
    void colleaguesPinnedSoTheirOrganisationCannotBeSpreadEvenly() {
        // Five from one organisation over four sets: only one set needs two of them.
        List<Participant> people = new ArrayList<>(AllocationTestData.strangers(16));
        for (int i = 0; i < 5; i++) {
            people.set(i, Participant.of("t" + i, "Trust " + i, "trust").withOrganisationName("The Trust"));
        }
        assertRefused(
                "The Trust has 5 participants across 4 sets, so only 1 set needs 2 of them, but Set 1 and"
                        + " Set 2 each have 2 pinned.",
                AllocationRequest.of(people, SetLayout.targetSize(4), 4, 4)
                        .withPins(Map.of("t0", "set-1", "t1", "set-1", "t2", "set-2", "t3", "set-2")));
    }

    @Test
    void lineManagerAndReportWithOnlyOneSet() {
        List<Participant> people = new ArrayList<>(AllocationTestData.strangers(6));
        people.set(1, people.get(1).withLineManager("s1"));
        assertRefused(
                "There is only one set, so Person 2 would be in the same set as their line manager, Person 1.",
                AllocationRequest.of(people, SetLayout.targetSize(6), 6, 6));
    }

    @Test
    void facilitatorsWithoutEnoughCapacity() {
        assertRefused(
                "The facilitators can take 3 sets between them, but there are 4 sets to facilitate.",
                AllocationRequest.of(AllocationTestData.strangers(16), SetLayout.targetSize(4), 4, 4)
                        .withFacilitators(List.of(
                                new Facilitator("f1", "Grace Hopper", 1), new Facilitator("f2", "Ada Lovelace", 2))));
    }

    @Test
    void facilitatorErrors() {
        assertRefused(
                "Facilitator id \"f1\" is used more than once. Ada Lovelace must be able to take at least one"
                        + " set (the limit given is 0).",
                AllocationRequest.of(AllocationTestData.strangers(12), TWO_SETS, 6, 6)
                        .withFacilitators(List.of(
                                new Facilitator("f1", "Grace Hopper", 2), new Facilitator("f1", "Ada Lovelace", 0))));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<Participant> people = new ArrayList<>(AllocationTestData.strangers(12));
        people.set(5, Participant.of("s1", "Someone Else", "org99"));
        assertRefused(
                "Participant id \"s1\" is used more than once. The minimum set size (7) is larger than the"
                        + " maximum (6).",
                AllocationRequest.of(people, TWO_SETS, 7, 6));
    }

    @Test
    void aNullRequestIsRefused() {
        assertEquals(
                "An allocation request is required.",
                assertThrows(InvalidInputException.class, () -> AllocationValidator.validate(null))
                        .getMessage());
    }

    private static int setCount(int participants, int target, int min, int max) {
        return AllocationValidator.validate(AllocationRequest.of(
                        AllocationTestData.strangers(participants), SetLayout.targetSize(target), min, max))
                .sets()
                .size();
    }

    private static void assertRefused(String message, AllocationRequest request) {
        assertEquals(
                message,
                assertThrows(InvalidInputException.class, () -> AllocationValidator.validate(request))
                        .getMessage());
    }
}
