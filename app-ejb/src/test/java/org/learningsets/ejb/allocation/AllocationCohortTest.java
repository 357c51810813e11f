package org.learningsets.ejb.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.Labels;

/**
 * Cohorts that do not repeat: people who were in a set together in an earlier programme are kept apart, as a rule
 * that must hold or as a preference, and facilitators get people they have not facilitated before where the numbers
 * allow. Every explanation names the earlier set and programme.
 */
class AllocationCohortTest {

    private static final AllocationEngine ENGINE =
            new AllocationEngine(SolverSettings.steps(400, 42L), EnvironmentMode.FULL_ASSERT);

    private static final String EARLIER = "Preceptorship 2025";

    /** Amira Khan and Ben Carter; Daniel Okafor and Emma Price. */
    private static final List<EarlierSet> TWO_PAIRS = List.of(
            new EarlierSet(EARLIER, "Set 1", List.of("p01", "p02", "left the trust"), List.of()),
            new EarlierSet(EARLIER, "Set 2", List.of("p04", "p05"), List.of()));

    /** Amira Khan, Ben Carter and Chloe Davies: three people, and only two sets. */
    private static final List<EarlierSet> TRIO =
            List.of(new EarlierSet(EARLIER, "Set 1", List.of("p01", "p02", "p03"), List.of()));

    @Test
    void aRuleThatMustHoldKeepsEarlierSetmatesApartAndNamesTheEarlierProgramme() {
        AllocationProposal proposal = ENGINE.allocate(
                AllocationTestData.emergencyCareInTwoSets().withEarlierSets(TWO_PAIRS, CohortRule.MUST_HOLD));

        assertEquals(0, proposal.hardScore(), proposal.rules().toString());
        assertNotEquals(proposal.setOf("p01"), proposal.setOf("p02"));
        assertNotEquals(proposal.setOf("p04"), proposal.setOf("p05"));
        RuleExplanation rule =
                proposal.rule(AllocationRule.EARLIER_SETMATES_APART).orElseThrow();
        assertTrue(rule.isHard() && rule.met(), rule.toString());
        assertEquals(
                List.of(
                        "Amira Khan and Ben Carter were in Set 1 of Preceptorship 2025 together.",
                        "Daniel Okafor and Emma Price were in Set 2 of Preceptorship 2025 together."),
                rule.notes());
        assertTrue(proposal.rule(AllocationRule.EARLIER_SETMATES_PREFERRED).isEmpty());
        AllocationEngineTest.assertHardRulesMetExactlyWhenFeasible(proposal);
    }

    @Test
    void aRuleThatMustHoldIsRefusedWhenTheNumbersCannotKeepThemApart() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> ENGINE.allocate(
                        AllocationTestData.emergencyCareInTwoSets().withEarlierSets(TRIO, CohortRule.MUST_HOLD)));

        assertTrue(
                refused.getMessage()
                        .contains("Amira Khan, Ben Carter and Chloe Davies were all in Set 1 of Preceptorship 2025, "
                                + "and 3 people cannot be kept apart in 2 sets. Make keeping earlier setmates apart a "
                                + "preference, or allocate to more sets."),
                refused.getMessage());
    }

    @Test
    void aPreferenceKeepsThemAsFarApartAsTheNumbersAllowAndSaysWhoSharesASetAgain() {
        AllocationProposal proposal = ENGINE.allocate(
                AllocationTestData.emergencyCareInTwoSets().withEarlierSets(TRIO, CohortRule.PREFERENCE));

        assertTrue(proposal.isFeasible(), proposal.rules().toString());
        RuleExplanation rule =
                proposal.rule(AllocationRule.EARLIER_SETMATES_PREFERRED).orElseThrow();
        assertFalse(rule.isHard());
        assertFalse(rule.met());
        // Three people in two sets: exactly one pair shares a set, the fewest possible.
        assertEquals(1, rule.reasons().size(), rule.reasons().toString());
        assertTrue(
                rule.reasons().get(0).matches("Set [AB]: .+ and .+ were both in Set 1 of Preceptorship 2025\\."),
                rule.reasons().get(0));
        assertEquals(
                List.of(
                        "Amira Khan, Ben Carter and Chloe Davies were in Set 1 of Preceptorship 2025 together; with only "
                                + "2 sets at least 1 pair of them has to share a set."),
                rule.notes());
        assertTrue(proposal.rule(AllocationRule.EARLIER_SETMATES_APART).isEmpty());
    }

    @Test
    void earlierSetmatesPutTogetherByHandBreakTheRuleThatMustHold() {
        AllocationRequest request =
                AllocationTestData.emergencyCareInTwoSets().withEarlierSets(TWO_PAIRS, CohortRule.MUST_HOLD);
        Map<String, String> placements = new LinkedHashMap<>();
        for (int i = 1; i <= 12; i++) {
            placements.put(String.format("p%02d", i), i <= 6 ? "a" : "b");
        }

        List<RuleExplanation> rules = ENGINE.review(request, placements, Map.of());

        RuleExplanation rule = rules.stream()
                .filter(r -> r.rule() == AllocationRule.EARLIER_SETMATES_APART)
                .findFirst()
                .orElseThrow();
        assertFalse(rule.met());
        assertEquals(
                List.of(
                        "Set A: Amira Khan and Ben Carter were both in Set 1 of Preceptorship 2025.",
                        "Set A: Daniel Okafor and Emma Price were both in Set 2 of Preceptorship 2025."),
                rule.reasons());
    }

    @Test
    void earlierSetmatesPinnedToOneSetAreRefusedWhenTheRuleMustHold() {
        AllocationRequest request = AllocationTestData.emergencyCareInTwoSets()
                .withPins(Map.of("p01", "b", "p02", "b"))
                .withEarlierSets(TWO_PAIRS, CohortRule.MUST_HOLD);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ENGINE.allocate(request));

        assertTrue(
                refused.getMessage()
                        .contains("Amira Khan and Ben Carter are both pinned to Set B, but were in Set 1 of "
                                + "Preceptorship 2025 together."),
                refused.getMessage());
        // As a preference the same pins are allowed: the pair stays together and the explanation says so.
        AllocationProposal preferred = ENGINE.allocate(AllocationTestData.emergencyCareInTwoSets()
                .withPins(Map.of("p01", "b", "p02", "b"))
                .withEarlierSets(TWO_PAIRS, CohortRule.PREFERENCE));
        assertEquals(
                List.of("Set B: Amira Khan and Ben Carter were both in Set 1 of Preceptorship 2025."),
                preferred
                        .rule(AllocationRule.EARLIER_SETMATES_PREFERRED)
                        .orElseThrow()
                        .reasons());
    }

    @Test
    void aFacilitatorIsGivenPeopleTheyHaveNotFacilitatedWhereTheNumbersAllow() {
        // Grace facilitated Person 1 last year; Ada facilitated nobody here.
        List<EarlierSet> earlier =
                List.of(new EarlierSet(EARLIER, "Set 2", List.of("s1", "someone else"), List.of("grace")));
        AllocationRequest request = AllocationRequest.of(AllocationTestData.strangers(8), SetLayout.targetSize(4), 4, 4)
                .withFacilitators(facilitators())
                .withEarlierSets(earlier, CohortRule.PREFERENCE);

        AllocationProposal proposal = ENGINE.allocate(request);

        assertEquals("ada", proposal.setOf("s1").orElseThrow().facilitatorId());
        RuleExplanation rule =
                proposal.rule(AllocationRule.FACILITATOR_NEW_PEOPLE).orElseThrow();
        assertTrue(rule.met(), rule.toString());
        assertEquals(List.of("Grace Hopper facilitated Person 1 in Set 2 of Preceptorship 2025."), rule.notes());
    }

    @Test
    void whereTheNumbersLeaveNoOtherWayTheExplanationNamesWhomAFacilitatorHadBefore() {
        // Person 1 and Person 2 must be apart, so each facilitator's set holds one of them.
        List<EarlierSet> earlier =
                List.of(new EarlierSet(EARLIER, "Set 2", List.of("s1", "s2"), List.of("grace", "ada")));
        AllocationRequest request = AllocationRequest.of(AllocationTestData.strangers(8), SetLayout.targetSize(4), 4, 4)
                .withFacilitators(facilitators())
                .withEarlierSets(earlier, CohortRule.MUST_HOLD);

        AllocationProposal proposal = ENGINE.allocate(request);

        assertTrue(proposal.isFeasible(), proposal.rules().toString());
        RuleExplanation rule =
                proposal.rule(AllocationRule.FACILITATOR_NEW_PEOPLE).orElseThrow();
        assertFalse(rule.met());
        assertEquals(2, rule.reasons().size(), rule.reasons().toString());
        assertTrue(
                rule.reasons().stream()
                        .allMatch(r -> r.matches("Set [12]: its facilitator (Grace Hopper|Ada Lovelace) facilitated "
                                + "Person [12] in Set 2 of Preceptorship 2025\\.")),
                rule.reasons().toString());
        AllocationEngineTest.assertHardRulesMetExactlyWhenFeasible(proposal);
    }

    @Test
    void withNobodyFromAnEarlierSetTheRuleSaysSo() {
        AllocationProposal proposal = ENGINE.allocate(
                AllocationTestData.emergencyCareInTwoSets().withEarlierSets(List.of(), CohortRule.MUST_HOLD));

        RuleExplanation rule =
                proposal.rule(AllocationRule.EARLIER_SETMATES_APART).orElseThrow();
        assertTrue(rule.met());
        assertEquals(
                List.of("Nobody here was in a set with another of these participants in an earlier programme."),
                rule.notes());
    }

    @Test
    void theLeadsChoiceReadsAsWordsFromTheBundle() {
        for (CohortRule choice : CohortRule.values()) {
            assertTrue(Labels.has(choice), choice.name());
            assertFalse(Labels.of(choice).contains("_"), Labels.of(choice));
        }
        assertTrue(CohortRule.MUST_HOLD.rule().isHard());
        assertFalse(CohortRule.PREFERENCE.rule().isHard());
    }

    private static List<Facilitator> facilitators() {
        return List.of(
                new Facilitator("grace", "Grace Hopper", 1, "grace's trust", Set.of()),
                new Facilitator("ada", "Ada Lovelace", 1, "ada's trust", Set.of()));
    }
}
