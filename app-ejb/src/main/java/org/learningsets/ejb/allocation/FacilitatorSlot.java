package org.learningsets.ejb.allocation;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** The solver's second planning entity: one set's need for a facilitator, and who fills it. */
@PlanningEntity
class FacilitatorSlot {

    @PlanningId
    private String setId;

    @PlanningVariable(valueRangeProviderRefs = AllocationSolution.FACILITATOR_RANGE)
    private Facilitator facilitator;

    /** For the solver, which clones entities through this constructor. */
    FacilitatorSlot() {}

    FacilitatorSlot(String setId) {
        this.setId = setId;
    }

    String getSetId() {
        return setId;
    }

    Facilitator getFacilitator() {
        return facilitator;
    }

    void setFacilitator(Facilitator facilitator) {
        this.facilitator = facilitator;
    }

    @Override
    public String toString() {
        return setId + " <- " + (facilitator == null ? "unassigned" : facilitator.id());
    }
}
