package org.learningsets.ejb.allocation;

import static org.learningsets.ejb.allocation.Wording.bothOrAll;
import static org.learningsets.ejb.allocation.Wording.count;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Judges a complete allocation against each rule and says why in words a programme lead can act on. It works
 * from the allocation alone, not from the solver's score, so it can also judge an allocation edited by hand;
 * the hard rules it reports as met are exactly those the solver's hard score counts as kept.
 */
final class RuleExplainer {

    private final AllocationPlan plan;
    private final Map<String, Participant> byId;
    private final Map<String, SetDefinition> setById = new LinkedHashMap<>();
    private final Map<String, String> setOf;
    private final Map<String, List<Participant>> members = new LinkedHashMap<>();
    private final Map<String, String> facilitatorOf;

    /**
     * @param setOf participant id to set id, for every participant
     * @param facilitatorOf set id to facilitator id, for every set when facilitators are allocated
     */
    private RuleExplainer(AllocationPlan plan, Map<String, String> setOf, Map<String, String> facilitatorOf) {
        this.plan = plan;
        this.byId = plan.participantsById();
        this.setOf = setOf;
        this.facilitatorOf = facilitatorOf;
        plan.sets().forEach(s -> {
            setById.put(s.id(), s);
            members.put(s.id(), new ArrayList<>());
        });
        plan.participants().forEach(p -> members.get(setOf.get(p.id())).add(p));
    }

    static List<RuleExplanation> explain(
            AllocationPlan plan, Map<String, String> setOf, Map<String, String> facilitatorOf) {
        RuleExplainer explainer = new RuleExplainer(plan, setOf, facilitatorOf);
        List<RuleExplanation> rules = new ArrayList<>();
        rules.add(explainer.setSize());
        rules.add(explainer.lineManagers());
        rules.add(explainer.organisations());
        rules.add(explainer.pins());
        CohortExplainer cohort = new CohortExplainer(plan, setOf, facilitatorOf);
        boolean cohorts = plan.cohortRule() != null;
        if (cohorts && plan.cohortRule() == CohortRule.MUST_HOLD) {
            rules.add(cohort.earlierSetmates());
        }
        boolean facilitated = !plan.facilitators().isEmpty();
        if (facilitated) {
            rules.add(explainer.facilitatorCapacity());
            rules.add(explainer.facilitatorLineManagement());
        }
        rules.add(explainer.mix(AllocationRule.PROFESSION_MIX, Participant::profession, "profession"));
        rules.add(explainer.mix(AllocationRule.CLINICAL_AREA_MIX, Participant::clinicalArea, "clinical area"));
        if (cohorts && plan.cohortRule() == CohortRule.PREFERENCE) {
            rules.add(cohort.earlierSetmates());
        }
        if (facilitated) {
            rules.add(explainer.facilitatorBalance());
            rules.add(explainer.facilitatorOwnOrganisation());
            if (cohorts) {
                rules.add(cohort.facilitatorNewPeople());
            }
        }
        return rules;
    }

    private RuleExplanation setSize() {
        List<String> reasons = new ArrayList<>();
        int smallest = Integer.MAX_VALUE;
        int largest = 0;
        for (SetDefinition set : plan.sets()) {
            int n = members.get(set.id()).size();
            smallest = Math.min(smallest, n);
            largest = Math.max(largest, n);
            if (n < plan.minSetSize()) {
                reasons.add(set.displayName() + " has " + count(n, "member", "members") + "; the minimum is "
                        + plan.minSetSize() + ".");
            } else if (n > plan.maxSetSize()) {
                reasons.add(set.displayName() + " has " + count(n, "member", "members") + "; the maximum is "
                        + plan.maxSetSize() + ".");
            }
        }
        String sizes = smallest == largest
                ? "Every set has " + count(smallest, "member", "members")
                : "Sets have " + smallest + " to " + largest + " members";
        return result(
                AllocationRule.SET_SIZE,
                reasons,
                List.of(sizes + " (allowed: " + plan.minSetSize() + " to " + plan.maxSetSize() + ")."));
    }

    private RuleExplanation lineManagers() {
        Map<String, String> managers = plan.managersAmongParticipants();
        List<String> reasons = new ArrayList<>();
        managers.forEach((report, manager) -> {
            if (setOf.get(report).equals(setOf.get(manager))) {
                reasons.add(setName(report) + ": " + name(report) + " is in the same set as their line manager, "
                        + name(manager) + ".");
            }
        });
        String note = managers.isEmpty()
                ? "No participant's line manager is among the participants, so there was nobody to keep apart."
                : count(managers.size(), "participant has", "participants have")
                        + " their line manager among the participants.";
        return result(AllocationRule.LINE_MANAGER_APART, reasons, List.of(note));
    }

    private RuleExplanation organisations() {
        int k = plan.sets().size();
        List<String> reasons = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        plan.participantsByOrganisation().forEach((organisation, colleagues) -> {
            String organisationName = colleagues.get(0).organisationDisplayName();
            int c = colleagues.size();
            int atMost = AllocationPlan.ceilDiv(c, k);
            int atLeast = c / k;
            Map<SetDefinition, List<String>> together = new LinkedHashMap<>();
            plan.sets().forEach(s -> together.put(s, new ArrayList<>()));
            colleagues.forEach(p -> together.get(setById.get(setOf.get(p.id()))).add(p.displayName()));

            List<String> full = new ArrayList<>();
            List<String> thin = new ArrayList<>();
            together.forEach((set, names) -> {
                if (names.size() > atMost) {
                    reasons.add(set.displayName() + ": " + Wording.list(names) + " are " + bothOrAll(names.size())
                            + " from " + organisationName + "; the data allow at most "
                            + (atMost == 1
                                    ? "one per set."
                                    : atMost + " per set (" + c + " people across " + count(k, "set", "sets") + ")."));
                } else if (names.size() == atMost && atMost > 1) {
                    full.add(set.displayName());
                } else if (names.size() < atLeast) {
                    thin.add(set.displayName() + " has " + (names.isEmpty() ? "none" : names.size()));
                }
            });
            if (!thin.isEmpty() && !full.isEmpty()) {
                int needed = c % k;
                reasons.add(Wording.list(full) + (full.size() == 1 ? " has " : " each have ") + atMost
                        + " people from " + organisationName + " while " + Wording.list(thin) + "; with " + c
                        + " people across " + count(k, "set", "sets") + " only "
                        + count(needed, "set needs", "sets need") + " " + atMost + ".");
            }
            if (c > k) {
                List<String> shared = new ArrayList<>();
                together.forEach((set, names) -> {
                    if (names.size() > 1) {
                        shared.add(set.displayName() + " has " + Wording.list(names));
                    }
                });
                int r = c % k;
                notes.add(organisationName + " has " + c + " participants and there are only " + k
                        + " sets, so the data do not allow one per set; the most even spread is "
                        + (r == 0
                                ? atLeast + " in every set"
                                : atMost + " in " + count(r, "set", "sets") + " and " + atLeast
                                        + (k - r == 1 ? " in the other" : " in each of the other " + (k - r)))
                        + ". In this allocation " + Wording.list(shared) + ".");
            }
        });
        if (notes.isEmpty()) {
            notes.add("No organisation has more participants than there are sets, so one per set is possible.");
        }
        return result(AllocationRule.ONE_PER_ORGANISATION, reasons, notes);
    }

    private RuleExplanation pins() {
        List<String> reasons = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (Participant p : plan.participants()) {
            String pinned = plan.pins().get(p.id());
            if (pinned == null) {
                continue;
            }
            if (pinned.equals(setOf.get(p.id()))) {
                kept.add(p.displayName() + " in " + setById.get(pinned).displayName());
            } else {
                reasons.add(p.displayName() + " was pinned to "
                        + setById.get(pinned).displayName() + " but is in " + setName(p.id()) + ".");
            }
        }
        String note = plan.pins().isEmpty()
                ? "Nobody was pinned."
                : count(plan.pins().size(), "person was", "people were") + " pinned"
                        + (kept.isEmpty() ? "." : "; kept: " + Wording.list(kept) + ".");
        return result(AllocationRule.PINS_KEPT, reasons, List.of(note));
    }

    private RuleExplanation facilitatorCapacity() {
        Map<Facilitator, Integer> loads = facilitatorLoads();
        List<String> reasons = new ArrayList<>();
        loads.forEach((f, load) -> {
            if (load > f.maxSets()) {
                reasons.add(f.displayName() + " has " + count(load, "set", "sets") + " but can take at most "
                        + f.maxSets() + ".");
            }
        });
        return result(AllocationRule.FACILITATOR_CAPACITY, reasons, List.of(loadSummary(loads)));
    }

    private RuleExplanation facilitatorBalance() {
        Map<Facilitator, Integer> loads = facilitatorLoads();
        List<String> reasons = new ArrayList<>();
        loads.forEach((busy, load) -> loads.entrySet().stream()
                .filter(e ->
                        e.getValue() + 2 <= load && e.getValue() < e.getKey().maxSets())
                .min(Map.Entry.comparingByValue())
                .ifPresent(e -> reasons.add(busy.displayName() + " has " + count(load, "set", "sets") + " while "
                        + e.getKey().displayName() + " has " + e.getValue() + " and could take another.")));
        return result(AllocationRule.FACILITATOR_BALANCE, reasons, List.of(loadSummary(loads)));
    }

    private RuleExplanation facilitatorLineManagement() {
        List<String> reasons = new ArrayList<>();
        facilitatorOf.forEach((setId, facilitatorId) -> {
            Facilitator f = facilitator(facilitatorId);
            members.get(setId).stream()
                    .filter(p -> f.lineChain().contains(p.id()))
                    .forEach(p -> reasons.add(setById.get(setId).displayName() + ": " + p.displayName()
                            + " is in the line management chain of " + "its facilitator, " + f.displayName() + "."));
        });
        long linked = plan.facilitators().stream()
                .filter(f -> !f.lineChain().isEmpty())
                .count();
        return result(
                AllocationRule.FACILITATOR_LINE_MANAGEMENT,
                reasons,
                List.of(
                        linked == 0
                                ? "No facilitator has a participant in their line management chain."
                                : count((int) linked, "facilitator has", "facilitators have")
                                        + " a participant in their line " + "management chain."));
    }

    private RuleExplanation facilitatorOwnOrganisation() {
        List<String> reasons = new ArrayList<>();
        facilitatorOf.forEach((setId, facilitatorId) -> {
            Facilitator f = facilitator(facilitatorId);
            List<String> colleagues = members.get(setId).stream()
                    .filter(f::sharesOrganisationWith)
                    .map(Participant::displayName)
                    .toList();
            if (!colleagues.isEmpty()) {
                reasons.add(setById.get(setId).displayName() + ": its facilitator " + f.displayName()
                        + " works for the same organisation as " + Wording.list(colleagues) + ".");
            }
        });
        return result(
                AllocationRule.FACILITATOR_OWN_ORGANISATION,
                reasons,
                reasons.isEmpty()
                        ? List.of("Every facilitator works for another organisation than the members of their sets.")
                        : List.of(
                                "Proposals avoid this before any mixing preference; where it remains, the facilitators and "
                                        + "capacities given left no other way, or the sets were changed by hand."));
    }

    private Facilitator facilitator(String id) {
        return plan.facilitators().stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private Map<Facilitator, Integer> facilitatorLoads() {
        Map<Facilitator, Integer> loads = new LinkedHashMap<>();
        plan.facilitators().forEach(f -> loads.put(f, 0));
        Map<String, Facilitator> byFacilitatorId = new LinkedHashMap<>();
        plan.facilitators().forEach(f -> byFacilitatorId.put(f.id(), f));
        facilitatorOf.values().forEach(id -> loads.merge(byFacilitatorId.get(id), 1, Integer::sum));
        return loads;
    }

    private static String loadSummary(Map<Facilitator, Integer> loads) {
        List<String> parts = new ArrayList<>();
        loads.forEach((f, load) -> parts.add(f.displayName() + " " + load + " of at most " + f.maxSets()));
        return "Sets per facilitator: " + String.join(", ", parts) + ".";
    }

    /** Profession or clinical area: people who share one in a set, set by set, and what the numbers force. */
    private RuleExplanation mix(AllocationRule rule, Function<Participant, String> attribute, String label) {
        List<String> reasons = new ArrayList<>();
        int actualPairs = 0;
        for (SetDefinition set : plan.sets()) {
            for (List<Participant> same :
                    byKey(members.get(set.id()), attribute).values()) {
                if (same.size() > 1) {
                    actualPairs += AllocationPlan.pairs(same.size());
                    reasons.add(set.displayName() + ": "
                            + Wording.list(
                                    same.stream().map(Participant::displayName).toList()) + " "
                            + (same.size() == 2 ? "share" : "all share") + " the " + label + " "
                            + attribute.apply(same.get(0)).strip() + ".");
                }
            }
        }
        List<String> notes = new ArrayList<>();
        Map<String, List<Participant>> everyone = byKey(plan.participants(), attribute);
        long unknown = plan.participants().size()
                - everyone.values().stream().mapToLong(List::size).sum();
        if (everyone.isEmpty()) {
            notes.add("No " + label + " is recorded for anyone, so there was nothing to mix.");
        } else if (unknown > 0) {
            notes.add(count((int) unknown, "person has", "people have") + " no " + label + " recorded and "
                    + (unknown == 1 ? "was" : "were") + " left out of this rule.");
        }
        int unavoidable = everyone.values().stream()
                .mapToInt(same ->
                        AllocationPlan.unavoidablePairs(same.size(), plan.sets().size()))
                .sum();
        if (unavoidable > 0) {
            notes.add("With these numbers at least " + count(unavoidable, "pair", "pairs") + " sharing a " + label
                    + " cannot be avoided; this allocation has " + actualPairs
                    + (actualPairs == unavoidable ? ", the fewest possible." : "."));
        }
        return result(rule, reasons, notes);
    }

    private static Map<String, List<Participant>> byKey(
            List<Participant> people, Function<Participant, String> attribute) {
        Map<String, List<Participant>> groups = new LinkedHashMap<>();
        for (Participant p : people) {
            String key = AllocationPlan.mixKey(attribute.apply(p));
            if (key != null) {
                groups.computeIfAbsent(key, x -> new ArrayList<>()).add(p);
            }
        }
        return groups;
    }

    private String name(String participantId) {
        return byId.get(participantId).displayName();
    }

    private String setName(String participantId) {
        return setById.get(setOf.get(participantId)).displayName();
    }

    static RuleExplanation result(AllocationRule rule, List<String> reasons, List<String> notes) {
        return new RuleExplanation(rule, reasons.isEmpty(), reasons, notes);
    }
}
