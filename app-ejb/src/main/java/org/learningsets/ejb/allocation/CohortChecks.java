package org.learningsets.ejb.allocation;

import static org.learningsets.ejb.allocation.Wording.count;

import java.util.List;

/**
 * The checks of the cohort rule before solving. A rule that must hold and that the numbers or the pins already
 * break is refused here, naming the earlier set, rather than solved into an allocation that cannot be accepted.
 */
final class CohortChecks {

    private CohortChecks() {}

    static void checkRequest(AllocationRequest request, List<String> problems) {
        for (int i = 0; i < request.earlierSets().size(); i++) {
            EarlierSet set = request.earlierSets().get(i);
            if (set == null || set.programmeName() == null || set.setName() == null) {
                problems.add("Earlier set " + (i + 1) + " has no programme or set name.");
            }
        }
    }

    static void checkPlan(AllocationPlan plan, List<String> problems) {
        if (plan.cohortRule() != CohortRule.MUST_HOLD) {
            return;
        }
        int k = plan.sets().size();
        plan.earlierSetmates().forEach((earlier, people) -> {
            if (people.size() > k) {
                problems.add(Wording.list(names(people)) + " were " + Wording.bothOrAll(people.size()) + " in "
                        + earlier.displayName() + ", and "
                        + people.size() + " people cannot be kept apart in " + count(k, "set", "sets")
                        + ". Make keeping earlier setmates apart a preference, or allocate to more sets.");
            }
            for (SetDefinition set : plan.sets()) {
                List<Participant> pinned = people.stream()
                        .filter(p -> set.id().equals(plan.pins().get(p.id())))
                        .toList();
                if (pinned.size() > 1) {
                    problems.add(Wording.list(names(pinned)) + " are " + Wording.bothOrAll(pinned.size())
                            + " pinned to " + set.displayName() + ", but were in " + earlier.displayName()
                            + " together.");
                }
            }
        });
    }

    private static List<String> names(List<Participant> people) {
        return people.stream().map(Participant::displayName).toList();
    }
}
