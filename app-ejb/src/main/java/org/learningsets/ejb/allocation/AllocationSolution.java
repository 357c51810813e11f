package org.learningsets.ejb.allocation;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import java.util.List;

/** The solver's view of one allocation problem and, once solved, of its answer. */
@PlanningSolution
class AllocationSolution {

    static final String SET_RANGE = "sets";
    static final String FACILITATOR_RANGE = "facilitators";

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = SET_RANGE)
    private List<SetSlot> sets;

    @ProblemFactCollectionProperty
    private List<OrganisationQuota> organisations;

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = FACILITATOR_RANGE)
    private List<Facilitator> facilitators;

    /** Earlier setmates among the participants; empty when the cohort rule is not applied. */
    @ProblemFactCollectionProperty
    private List<EarlierPair> earlierPairs;

    @ProblemFactCollectionProperty
    private List<FacilitatedBefore> facilitatedBefore;

    @PlanningEntityCollectionProperty
    private List<ParticipantAssignment> assignments;

    /** Empty when facilitators are not being allocated. */
    @PlanningEntityCollectionProperty
    private List<FacilitatorSlot> facilitatorSlots;

    @PlanningScore
    private HardSoftScore score;

    /** For the solver, which clones solutions through this constructor. */
    AllocationSolution() {}

    AllocationSolution(
            List<SetSlot> sets,
            List<OrganisationQuota> organisations,
            List<Facilitator> facilitators,
            List<EarlierPair> earlierPairs,
            List<FacilitatedBefore> facilitatedBefore,
            List<ParticipantAssignment> assignments,
            List<FacilitatorSlot> facilitatorSlots) {
        this.sets = sets;
        this.organisations = organisations;
        this.facilitators = facilitators;
        this.earlierPairs = earlierPairs;
        this.facilitatedBefore = facilitatedBefore;
        this.assignments = assignments;
        this.facilitatorSlots = facilitatorSlots;
    }

    List<SetSlot> getSets() {
        return sets;
    }

    List<ParticipantAssignment> getAssignments() {
        return assignments;
    }

    List<FacilitatorSlot> getFacilitatorSlots() {
        return facilitatorSlots;
    }

    HardSoftScore getScore() {
        return score;
    }
}
