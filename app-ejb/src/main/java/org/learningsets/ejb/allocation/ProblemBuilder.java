package org.learningsets.ejb.allocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a validated plan into the solver's starting solution: pinned people placed, everyone else open. */
final class ProblemBuilder {

    private ProblemBuilder() {}

    static AllocationSolution build(AllocationPlan plan) {
        int k = plan.sets().size();
        Map<String, SetSlot> sets = new LinkedHashMap<>();
        for (SetDefinition set : plan.sets()) {
            sets.put(set.id(), new SetSlot(set.id(), set.displayName(), plan.minSetSize(), plan.maxSetSize()));
        }
        Map<String, OrganisationQuota> organisations = new LinkedHashMap<>();
        plan.participantsByOrganisation()
                .forEach((id, people) -> organisations.put(
                        id,
                        new OrganisationQuota(id, people.size(), AllocationPlan.unavoidablePairs(people.size(), k))));
        Map<String, String> managers = plan.managersAmongParticipants();

        List<ParticipantAssignment> assignments = new ArrayList<>();
        for (Participant p : plan.participants()) {
            String pinnedSet = plan.pins().get(p.id());
            assignments.add(new ParticipantAssignment(
                    p.id(),
                    organisations.get(p.organisationId()),
                    managers.get(p.id()),
                    AllocationPlan.mixKey(p.profession()),
                    AllocationPlan.mixKey(p.clinicalArea()),
                    pinnedSet == null ? null : sets.get(pinnedSet)));
        }
        List<FacilitatorSlot> facilitatorSlots = plan.facilitators().isEmpty()
                ? List.of()
                : plan.sets().stream().map(s -> new FacilitatorSlot(s.id())).toList();
        List<FacilitatedBefore> facilitatedBefore = new ArrayList<>();
        plan.facilitatedBefore()
                .forEach((facilitator, people) -> people.keySet()
                        .forEach(p -> facilitatedBefore.add(new FacilitatedBefore(facilitator, p.id()))));
        return new AllocationSolution(
                new ArrayList<>(sets.values()),
                new ArrayList<>(organisations.values()),
                new ArrayList<>(plan.facilitators()),
                new ArrayList<>(plan.earlierPairs()),
                facilitatedBefore,
                assignments,
                new ArrayList<>(facilitatorSlots));
    }
}
