package org.learningsets.ejb.allocation;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * The solver's planning entity: one participant and the set they are in. The solver moves {@link #set}; the
 * rest is fixed input, flattened here so the constraints need no lookups.
 */
@PlanningEntity
class ParticipantAssignment {

    @PlanningId
    private String participantId;

    private OrganisationQuota organisation;
    /** Null unless the line manager is also a participant: only then can they share a set. */
    private String lineManagerId;

    private String profession;
    private String clinicalArea;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = AllocationSolution.SET_RANGE)
    private SetSlot set;

    /** For the solver, which clones entities through this constructor. */
    ParticipantAssignment() {}

    ParticipantAssignment(
            String participantId,
            OrganisationQuota organisation,
            String lineManagerId,
            String profession,
            String clinicalArea,
            SetSlot pinnedSet) {
        this.participantId = participantId;
        this.organisation = organisation;
        this.lineManagerId = lineManagerId;
        this.profession = profession;
        this.clinicalArea = clinicalArea;
        this.pinned = pinnedSet != null;
        this.set = pinnedSet;
    }

    String getParticipantId() {
        return participantId;
    }

    OrganisationQuota getOrganisation() {
        return organisation;
    }

    String getLineManagerId() {
        return lineManagerId;
    }

    String getProfession() {
        return profession;
    }

    String getClinicalArea() {
        return clinicalArea;
    }

    SetSlot getSet() {
        return set;
    }

    void setSet(SetSlot set) {
        this.set = set;
    }

    @Override
    public String toString() {
        return participantId + " -> " + (set == null ? "unassigned" : set.id());
    }
}
