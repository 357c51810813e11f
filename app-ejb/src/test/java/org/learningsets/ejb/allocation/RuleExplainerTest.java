package org.learningsets.ejb.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningsets.model.common.InvalidInputException;

/** Allocations made by hand, so that each rule can be seen both kept and broken. */
class RuleExplainerTest {

    private static final AllocationEngine ENGINE = new AllocationEngine(SolverSettings.steps(1500, 42L));

    @Test
    void aGoodAllocationMeetsEveryHardRule() {
        AllocationRequest request = AllocationTestData.emergencyCareInTwoSets();
        List<RuleExplanation> rules =
                ENGINE.review(request, split(request, "p01 p02 p04 p06 p08 p10", "p03 p05 p07 p09 p11 p12"), Map.of());

        rules.stream().filter(RuleExplanation::isHard).forEach(r -> assertTrue(r.met(), r.toString()));
        rules.stream()
                .filter(RuleExplanation::met)
                .forEach(r -> assertTrue(r.reasons().isEmpty(), r.toString()));
    }

    @Test
    void colleaguesTogetherWhenTheDataAllowOnePerSet() {
        List<Participant> people = AllocationTestData.emergencyCare();
        people.set(1, people.get(1).withOrganisationName("City Hospitals Sunderland NHS FT"));
        people.set(
                0,
                Participant.of("p01", "Amira Khan", people.get(1).organisationId())
                        .withOrganisationName("City Hospitals Sunderland NHS FT"));
        AllocationRequest request = AllocationRequest.of(
                people,
                SetLayout.named(
                        new SetDefinition("s1", "Set 1"),
                        new SetDefinition("s2", "Set 2"),
                        new SetDefinition("s3", "Set 3")),
                4,
                4);

        RuleExplanation rule = rule(
                ENGINE.review(
                        request, split(request, "p03 p04 p05 p06", "p07 p08 p09 p10", "p01 p02 p11 p12"), Map.of()),
                AllocationRule.ONE_PER_ORGANISATION);

        assertFalse(rule.met());
        assertEquals(
                List.of("Set 3: Amira Khan and Ben Carter are both from City Hospitals Sunderland NHS FT; the"
                        + " data allow at most one per set."),
                rule.reasons());
    }

    @Test
    void anOrganisationSpreadLessEvenlyThanTheNumbersAllow() {
        // Five from one trust over four sets: 2, 2, 1, 0 shares more than the 2, 1, 1, 1 the numbers force.
        List<Participant> people = new ArrayList<>(AllocationTestData.strangers(16));
        for (int i = 0; i < 5; i++) {
            people.set(i, Participant.of("t" + i, "Trust " + i, "trust").withOrganisationName("The Trust"));
        }
        AllocationRequest request = AllocationRequest.of(people, SetLayout.targetSize(4), 4, 4);

        Map<String, String> setOf = split(request, "t0 t1 s6 s7", "t2 t3 s8 s9", "t4 s10 s11 s12", "s13 s14 s15 s16");
        RuleExplanation rule = rule(ENGINE.review(request, setOf, Map.of()), AllocationRule.ONE_PER_ORGANISATION);

        assertFalse(rule.met());
        assertEquals(
                List.of("Set 1 and Set 2 each have 2 people from The Trust while Set 4 has none; with 5 people"
                        + " across 4 sets only 1 set needs 2."),
                rule.reasons());
        assertEquals(
                List.of("The Trust has 5 participants and there are only 4 sets, so the data do not allow one"
                        + " per set; the most even spread is 2 in 1 set and 1 in each of the other 3. In this allocation"
                        + " Set 1 has Trust 0 and Trust 1 and Set 2 has Trust 2 and Trust 3."),
                rule.notes());
    }

    @Test
    void anOrganisationSpreadAsEvenlyAsTheNumbersAllow() {
        List<Participant> people = new ArrayList<>(AllocationTestData.strangers(16));
        for (int i = 0; i < 5; i++) {
            people.set(i, Participant.of("t" + i, "Trust " + i, "trust").withOrganisationName("The Trust"));
        }
        AllocationRequest request = AllocationRequest.of(people, SetLayout.targetSize(4), 4, 4);

        Map<String, String> setOf = split(request, "t0 t1 s6 s7", "t2 s8 s9 s10", "t3 s11 s12 s13", "t4 s14 s15 s16");
        RuleExplanation rule = rule(ENGINE.review(request, setOf, Map.of()), AllocationRule.ONE_PER_ORGANISATION);

        assertTrue(rule.met());
        assertEquals(
                List.of("The Trust has 5 participants and there are only 4 sets, so the data do not allow one"
                        + " per set; the most even spread is 2 in 1 set and 1 in each of the other 3. In this allocation"
                        + " Set 1 has Trust 0 and Trust 1."),
                rule.notes());
    }

    @Test
    void setSizesAndLineManagersBroken() {
        List<Participant> people = new ArrayList<>(AllocationTestData.strangers(12));
        people.set(1, people.get(1).withLineManager("s1"));
        AllocationRequest request = AllocationRequest.of(
                people, SetLayout.named(new SetDefinition("x", "Set X"), new SetDefinition("y", "Set Y")), 5, 7);

        List<RuleExplanation> rules =
                ENGINE.review(request, split(request, "s1 s2 s3 s4", "s5 s6 s7 s8 s9 s10 s11 s12"), Map.of());

        RuleExplanation sizes = rule(rules, AllocationRule.SET_SIZE);
        assertFalse(sizes.met());
        assertEquals(
                List.of("Set X has 4 members; the minimum is 5.", "Set Y has 8 members; the maximum is 7."),
                sizes.reasons());
        RuleExplanation managers = rule(rules, AllocationRule.LINE_MANAGER_APART);
        assertFalse(managers.met());
        assertEquals(
                List.of("Set X: Person 2 is in the same set as their line manager, Person 1."), managers.reasons());
        assertTrue(rule(rules, AllocationRule.ONE_PER_ORGANISATION).met());
    }

    @Test
    void professionsAndClinicalAreasSharedWithinASet() {
        AllocationRequest request = AllocationTestData.emergencyCareInTwoSets();
        List<RuleExplanation> rules =
                ENGINE.review(request, split(request, "p01 p03 p07 p10 p02 p06", "p04 p05 p08 p09 p11 p12"), Map.of());

        RuleExplanation professions = rule(rules, AllocationRule.PROFESSION_MIX);
        assertFalse(professions.met());
        assertEquals(
                List.of(
                        "Set A: Amira Khan, Chloe Davies, George Lim and Jess Turner all share the profession"
                                + " Nursing.",
                        "Set A: Ben Carter and Farah Ahmed share the profession Medicine.",
                        "Set B: Daniel Okafor and Emma Price share the profession Paramedic.",
                        "Set B: Hannah Scott and Laura Evans share the profession Pharmacy."),
                professions.reasons());
        assertEquals(
                List.of("With these numbers at least 3 pairs sharing a profession cannot be avoided; this"
                        + " allocation has 9."),
                professions.notes());
        assertFalse(rule(rules, AllocationRule.CLINICAL_AREA_MIX).met());
    }

    @Test
    void unknownProfessionsAreLeftOut() {
        AllocationRequest request =
                AllocationRequest.of(AllocationTestData.strangers(12), SetLayout.targetSize(6), 6, 6);
        List<RuleExplanation> rules =
                ENGINE.review(request, split(request, "s1 s2 s3 s4 s5 s6", "s7 s8 s9 s10 s11 s12"), Map.of());

        RuleExplanation professions = rule(rules, AllocationRule.PROFESSION_MIX);
        assertTrue(professions.met());
        assertEquals(
                List.of("No profession is recorded for anyone, so there was nothing to mix."), professions.notes());
    }

    @Test
    void facilitatorsOverCapacityAndUnbalanced() {
        AllocationRequest request = AllocationRequest.of(
                        AllocationTestData.strangers(16), SetLayout.targetSize(4), 4, 4)
                .withFacilitators(
                        List.of(new Facilitator("f1", "Grace Hopper", 2), new Facilitator("f2", "Ada Lovelace", 3)));
        Map<String, String> facilitators = new LinkedHashMap<>();
        facilitators.put("set-1", "f1");
        facilitators.put("set-2", "f1");
        facilitators.put("set-3", "f1");
        facilitators.put("set-4", "f1");

        List<RuleExplanation> rules = ENGINE.review(
                request,
                split(request, "s1 s2 s3 s4", "s5 s6 s7 s8", "s9 s10 s11 s12", "s13 s14 s15 s16"),
                facilitators);

        RuleExplanation capacity = rule(rules, AllocationRule.FACILITATOR_CAPACITY);
        assertFalse(capacity.met());
        assertEquals(List.of("Grace Hopper has 4 sets but can take at most 2."), capacity.reasons());
        assertEquals(
                List.of("Sets per facilitator: Grace Hopper 4 of at most 2, Ada Lovelace 0 of at most 3."),
                capacity.notes());
        RuleExplanation balance = rule(rules, AllocationRule.FACILITATOR_BALANCE);
        assertFalse(balance.met());
        assertEquals(
                List.of("Grace Hopper has 4 sets while Ada Lovelace has 0 and could take another."), balance.reasons());
    }

    @Test
    void pinsMovedByHandAreReported() {
        AllocationRequest request = AllocationTestData.emergencyCareInTwoSets().withPins(Map.of("p01", "b"));

        RuleExplanation pins = rule(
                ENGINE.review(request, split(request, "p01 p02 p04 p06 p08 p10", "p03 p05 p07 p09 p11 p12"), Map.of()),
                AllocationRule.PINS_KEPT);

        assertFalse(pins.met());
        assertEquals(List.of("Amira Khan was pinned to Set B but is in Set A."), pins.reasons());
    }

    @Test
    void anIncompleteAllocationIsRefused() {
        AllocationRequest request = AllocationTestData.emergencyCareInTwoSets();
        Map<String, String> elevenOfTwelve = split(request, "p01 p02 p04 p06 p08 p10", "p03 p05 p07 p09 p11");
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> ENGINE.review(request, elevenOfTwelve, Map.of()));
        assertEquals("Laura Evans is not in one of the sets.", e.getMessage());
    }

    /** Participant ids per set, the sets taken in the order the request defines them. */
    private static Map<String, String> split(AllocationRequest request, String... sets) {
        List<SetDefinition> definitions = AllocationValidator.validate(request).sets();
        Map<String, String> setOf = new LinkedHashMap<>();
        for (int i = 0; i < sets.length; i++) {
            for (String participant : sets[i].split(" ")) {
                setOf.put(participant, definitions.get(i).id());
            }
        }
        return setOf;
    }

    private static RuleExplanation rule(List<RuleExplanation> rules, AllocationRule rule) {
        return rules.stream().filter(r -> r.rule() == rule).findFirst().orElseThrow();
    }
}
