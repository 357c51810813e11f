package org.learningsets.ejb.allocation;

import static org.learningsets.ejb.allocation.Wording.count;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cohort rules in words: earlier setmates sharing a set again, and facilitators with people they facilitated
 * before, each naming the earlier set and programme. Judged from the allocation alone, as {@link RuleExplainer}
 * does, so a breach reported here is exactly a pair or a member the solver's score counts.
 */
final class CohortExplainer {

    private final AllocationPlan plan;
    private final Map<String, String> setOf;
    private final Map<String, String> facilitatorOf;

    /**
     * @param setOf participant id to set id, for every participant
     * @param facilitatorOf set id to facilitator id, for every set when facilitators are allocated
     */
    CohortExplainer(AllocationPlan plan, Map<String, String> setOf, Map<String, String> facilitatorOf) {
        this.plan = plan;
        this.setOf = setOf;
        this.facilitatorOf = facilitatorOf;
    }

    RuleExplanation earlierSetmates() {
        List<String> reasons = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int k = plan.sets().size();
        Map<EarlierSet, List<Participant>> earlier = plan.earlierSetmates();
        earlier.forEach((before, people) -> {
            for (SetDefinition set : plan.sets()) {
                List<String> again = people.stream()
                        .filter(p -> set.id().equals(setOf.get(p.id())))
                        .map(Participant::displayName)
                        .toList();
                if (again.size() > 1) {
                    reasons.add(set.displayName() + ": " + Wording.list(again) + " were "
                            + Wording.bothOrAll(again.size()) + " in " + before.displayName() + ".");
                }
            }
            String together = Wording.list(names(people)) + " were in " + before.displayName() + " together";
            notes.add(
                    people.size() > k
                            ? together + "; with only " + count(k, "set", "sets") + " at least "
                                    + count(
                                            AllocationPlan.unavoidablePairs(people.size(), k),
                                            "pair of them has",
                                            "pairs of them have")
                                    + " to share a set."
                            : together + ".");
        });
        if (earlier.isEmpty()) {
            notes.add("Nobody here was in a set with another of these participants in an earlier programme.");
        }
        return RuleExplainer.result(plan.cohortRule().rule(), reasons, notes);
    }

    RuleExplanation facilitatorNewPeople() {
        Map<String, Map<Participant, List<EarlierSet>>> before = plan.facilitatedBefore();
        List<String> reasons = new ArrayList<>();
        facilitatorOf.forEach((setId, facilitatorId) -> {
            Map<Participant, List<EarlierSet>> known = before.getOrDefault(facilitatorId, Map.of());
            plan.participants().stream()
                    .filter(p -> setId.equals(setOf.get(p.id())) && known.containsKey(p))
                    .forEach(p -> reasons.add(setName(setId) + ": its facilitator " + facilitatorName(facilitatorId)
                            + " facilitated " + p.displayName() + " in " + sets(known.get(p)) + "."));
        });
        List<String> notes = new ArrayList<>();
        before.forEach((facilitatorId, people) -> {
            Map<String, List<String>> bySet = new LinkedHashMap<>();
            people.forEach((p, sets) ->
                    bySet.computeIfAbsent(sets(sets), s -> new ArrayList<>()).add(p.displayName()));
            bySet.forEach((sets, names) -> notes.add(
                    facilitatorName(facilitatorId) + " facilitated " + Wording.list(names) + " in " + sets + "."));
        });
        if (before.isEmpty()) {
            notes.add("No facilitator here has facilitated any of these participants before.");
        } else if (!reasons.isEmpty()) {
            notes.add("Proposals avoid this before any mixing preference; where it remains, the facilitators and "
                    + "capacities given left no other way, or the sets were changed by hand.");
        }
        return RuleExplainer.result(AllocationRule.FACILITATOR_NEW_PEOPLE, reasons, notes);
    }

    private String setName(String setId) {
        return plan.sets().stream()
                .filter(s -> s.id().equals(setId))
                .findFirst()
                .map(SetDefinition::displayName)
                .orElse(setId);
    }

    private String facilitatorName(String facilitatorId) {
        return plan.facilitators().stream()
                .filter(f -> f.id().equals(facilitatorId))
                .findFirst()
                .map(Facilitator::displayName)
                .orElse(facilitatorId);
    }

    private static String sets(List<EarlierSet> sets) {
        return Wording.list(sets.stream().map(EarlierSet::displayName).toList());
    }

    private static List<String> names(List<Participant> people) {
        return people.stream().map(Participant::displayName).toList();
    }
}
