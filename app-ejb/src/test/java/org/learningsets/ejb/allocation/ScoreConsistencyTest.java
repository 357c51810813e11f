package org.learningsets.ejb.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The explanations are worked out apart from the solver's constraints. Here both judge the same allocations,
 * good and bad, and must agree rule by rule on whether each hard rule and each mixing rule is kept.
 */
class ScoreConsistencyTest {

    private static final SolutionManager<AllocationSolution, HardSoftScore> SCORES =
            SolutionManager.create(SolverFactory.create(new SolverConfig()
                    .withSolutionClass(AllocationSolution.class)
                    .withEntityClasses(ParticipantAssignment.class, FacilitatorSlot.class)
                    .withConstraintProviderClass(AllocationConstraints.class)));

    /** Which constraints' scores decide each rule. */
    private static final Map<AllocationRule, List<String>> CONSTRAINTS = Map.ofEntries(
            Map.entry(AllocationRule.EARLIER_SETMATES_APART, List.of("Earlier setmates apart")),
            Map.entry(AllocationRule.EARLIER_SETMATES_PREFERRED, List.of("Earlier setmates preferably apart")),
            Map.entry(AllocationRule.FACILITATOR_NEW_PEOPLE, List.of("Facilitator's earlier members")),
            Map.entry(AllocationRule.SET_SIZE, List.of("Set size")),
            Map.entry(AllocationRule.LINE_MANAGER_APART, List.of("Line manager apart")),
            Map.entry(
                    AllocationRule.ONE_PER_ORGANISATION,
                    List.of("Colleagues sharing a set", "Colleague pairs the numbers force")),
            Map.entry(AllocationRule.FACILITATOR_CAPACITY, List.of("Facilitator capacity")),
            Map.entry(AllocationRule.FACILITATOR_LINE_MANAGEMENT, List.of("Facilitator's line management apart")),
            Map.entry(AllocationRule.FACILITATOR_OWN_ORGANISATION, List.of("Facilitator's own organisation")),
            Map.entry(AllocationRule.PROFESSION_MIX, List.of("Profession mix")),
            Map.entry(AllocationRule.CLINICAL_AREA_MIX, List.of("Clinical area mix")));

    @Test
    void explanationsAndScoresAgreeOnRandomAllocations() {
        // Trials alternate between the cohort rule as one that must hold and as a preference.
        List<AllocationPlan> plans = List.of(
                AllocationValidator.validate(request().withEarlierSets(EARLIER, CohortRule.MUST_HOLD)),
                AllocationValidator.validate(request().withEarlierSets(EARLIER, CohortRule.PREFERENCE)));
        Random random = new Random(7);
        Map<AllocationRule, int[]> seen = new EnumMap<>(AllocationRule.class);
        int feasible = 0;
        for (int trial = 0; trial < 300; trial++) {
            AllocationPlan plan = plans.get(trial % 2);
            AllocationSolution solution = ProblemBuilder.build(plan);
            Map<String, String> setOf = allocation(solution, random, trial);
            Map<String, String> facilitatorOf = new LinkedHashMap<>();
            for (FacilitatorSlot slot : solution.getFacilitatorSlots()) {
                slot.setFacilitator(plan.facilitators()
                        .get(random.nextInt(plan.facilitators().size())));
                facilitatorOf.put(slot.getSetId(), slot.getFacilitator().id());
            }
            ScoreAnalysis<HardSoftScore> analysis = SCORES.analyze(solution);
            Map<String, HardSoftScore> byConstraint = new HashMap<>();
            for (ConstraintAnalysis<HardSoftScore> c : analysis.constraintAnalyses()) {
                byConstraint.put(c.constraintName(), c.score());
            }
            List<RuleExplanation> rules = RuleExplainer.explain(plan, setOf, facilitatorOf);

            for (RuleExplanation rule : rules) {
                List<String> constraints = CONSTRAINTS.get(rule.rule());
                if (constraints == null) {
                    continue;
                }
                HardSoftScore score = constraints.stream()
                        .map(n -> byConstraint.getOrDefault(n, HardSoftScore.ZERO))
                        .reduce(HardSoftScore.ZERO, HardSoftScore::add);
                assertEquals(
                        score.equals(HardSoftScore.ZERO), rule.met(), "trial " + trial + ": " + rule + " vs " + score);
                seen.computeIfAbsent(rule.rule(), r -> new int[2])[rule.met() ? 0 : 1]++;
            }
            boolean hardMet = rules.stream().filter(RuleExplanation::isHard).allMatch(RuleExplanation::met);
            assertEquals(analysis.score().isFeasible(), hardMet, "trial " + trial);
            feasible += hardMet ? 1 : 0;
        }
        // The trials must have shown every rule both kept and broken, or the agreement proves little.
        seen.forEach((rule, counts) ->
                assertTrue(counts[0] > 0 && counts[1] > 0, rule + " met/not met " + counts[0] + "/" + counts[1]));
        assertEquals(CONSTRAINTS.keySet(), seen.keySet());
        assertTrue(feasible > 0, "no feasible trial");
    }

    /**
     * Round robin over an order that is shuffled, or sorted by profession or clinical area (which spreads them),
     * then, in most trials, a few people moved at random.
     */
    private static Map<String, String> allocation(AllocationSolution solution, Random random, int trial) {
        List<ParticipantAssignment> order = new ArrayList<>(solution.getAssignments());
        Collections.shuffle(order, random);
        if (trial % 6 == 0) {
            order.sort(Comparator.comparing(
                    ParticipantAssignment::getProfession, Comparator.nullsLast(Comparator.naturalOrder())));
        } else if (trial % 6 == 1) {
            order.sort(Comparator.comparing(
                    ParticipantAssignment::getClinicalArea, Comparator.nullsLast(Comparator.naturalOrder())));
        }
        List<SetSlot> sets = solution.getSets();
        for (int i = 0; i < order.size(); i++) {
            order.get(i).setSet(sets.get(i % sets.size()));
        }
        for (int i = 0; i < trial % 4; i++) {
            order.get(random.nextInt(order.size())).setSet(sets.get(random.nextInt(sets.size())));
        }
        Map<String, String> setOf = new LinkedHashMap<>();
        solution.getAssignments()
                .forEach(a -> setOf.put(a.getParticipantId(), a.getSet().id()));
        return setOf;
    }

    /** Three earlier sets: a trio, with two of the facilitators, another trio, and a pair. */
    private static final List<EarlierSet> EARLIER = List.of(
            new EarlierSet("Preceptorship 2025", "Set 1", List.of("p0", "p4", "p7"), List.of()),
            new EarlierSet("Preceptorship 2025", "Set 2", List.of("p2", "p5", "p13"), List.of("f2", "f3")),
            new EarlierSet("Foundations 2024", "Blue Set", List.of("p6", "p9", "someone gone"), List.of("f1")));

    /** 16 people in 4 sets of 3 to 5: one trust larger than the set count, some colleagues, some managers. */
    private static AllocationRequest request() {
        // "nursing " is Nursing written differently: the rules compare without case or spaces.
        String[] professions = {
            "Nursing", "Medicine", "Pharmacy", "Paramedic", "nursing ", "Psychology", "Physiotherapy", null
        };
        String[] areas = {"Emergency department", "Acute medicine", "Urgent care", "Mental health", "Ambulance", null};
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String organisation = i < 6 ? "big" : i < 9 ? "mid" : "own" + i;
            Participant p = Participant.of("p" + i, "Person " + i, organisation)
                    .withProfession(professions[i % professions.length])
                    .withClinicalArea(areas[i % areas.length]);
            if (i == 1 || i == 10) {
                p = p.withLineManager("p0");
            } else if (i == 12) {
                p = p.withLineManager("p11");
            }
            people.add(p);
        }
        return AllocationRequest.of(people, SetLayout.targetSize(4), 3, 5)
                .withFacilitators(List.of(
                        // One manages two participants, one works for the large trust, one has neither.
                        new Facilitator("f1", "Grace Hopper", 1, "elsewhere", Set.of("p3", "p12")),
                        new Facilitator("f2", "Ada Lovelace", 2, "big", Set.of()),
                        new Facilitator("f3", "Mary Seacole", 3)));
    }
}
