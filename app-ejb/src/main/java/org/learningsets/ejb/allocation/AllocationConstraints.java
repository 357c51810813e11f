package org.learningsets.ejb.allocation;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream;

/**
 * The allocation rules as Timefold constraint streams. Hard points count people too many or too few in a set,
 * people with their line manager, avoidable pairs of colleagues and sets beyond a facilitator's capacity; soft
 * points count pairs sharing a profession, a clinical area or a facilitator. So both scores count things a
 * programme lead can see. Pins need no constraint: pinned assignments are never moved.
 */
public class AllocationConstraints implements ConstraintProvider {

    /** More than all the mixing preferences of any allocation together could cost. */
    static final int OWN_ORGANISATION_WEIGHT = 10_000;

    /** The cohort preferences stand with the own-organisation one: above every mixing preference. */
    static final int EARLIER_COHORT_WEIGHT = OWN_ORGANISATION_WEIGHT;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            setSize(factory),
            lineManagerApart(factory),
            organisationSpread(factory),
            unavoidableColleaguePairs(factory),
            facilitatorCapacity(factory),
            facilitatorLineManagement(factory),
            facilitatorOwnOrganisation(factory),
            earlierSetmatesApart(factory),
            earlierSetmatesPreferred(factory),
            facilitatorNewPeople(factory),
            professionMix(factory),
            clinicalAreaMix(factory),
            facilitatorBalance(factory)
        };
    }

    Constraint setSize(ConstraintFactory factory) {
        return factory.forEach(ParticipantAssignment.class)
                .groupBy(ParticipantAssignment::getSet, count())
                // Sets nobody is in yet are short by their whole minimum.
                .complement(SetSlot.class, set -> 0)
                .filter((set, size) -> size < set.minSize() || size > set.maxSize())
                .penalize(
                        HardSoftScore.ONE_HARD,
                        (set, size) -> size < set.minSize() ? set.minSize() - size : size - set.maxSize())
                .asConstraint("Set size");
    }

    Constraint lineManagerApart(ConstraintFactory factory) {
        return factory.forEach(ParticipantAssignment.class)
                .filter(report -> report.getLineManagerId() != null)
                .join(
                        ParticipantAssignment.class,
                        equal(ParticipantAssignment::getLineManagerId, ParticipantAssignment::getParticipantId),
                        equal(ParticipantAssignment::getSet))
                .penalize(HardSoftScore.ONE_HARD)
                .asConstraint("Line manager apart");
    }

    /**
     * Colleagues sharing a set cost one hard point per pair, less the pairs the numbers make unavoidable. The
     * total is zero exactly when every organisation is spread one per set, or as evenly as its size allows.
     */
    Constraint organisationSpread(ConstraintFactory factory) {
        return factory.forEach(ParticipantAssignment.class)
                .groupBy(ParticipantAssignment::getSet, ParticipantAssignment::getOrganisation, count())
                .filter((set, organisation, n) -> n > 1)
                .penalize(HardSoftScore.ONE_HARD, (set, organisation, n) -> pairs(n))
                .asConstraint("Colleagues sharing a set");
    }

    /** The constant that offsets {@link #organisationSpread}: pairs no allocation can avoid are not breaches. */
    Constraint unavoidableColleaguePairs(ConstraintFactory factory) {
        return factory.forEach(OrganisationQuota.class)
                .filter(organisation -> organisation.unavoidablePairs() > 0)
                .reward(HardSoftScore.ONE_HARD, OrganisationQuota::unavoidablePairs)
                .asConstraint("Colleague pairs the numbers force");
    }

    Constraint facilitatorCapacity(ConstraintFactory factory) {
        return factory.forEach(FacilitatorSlot.class)
                .groupBy(FacilitatorSlot::getFacilitator, count())
                .filter((facilitator, sets) -> sets > facilitator.maxSets())
                .penalize(HardSoftScore.ONE_HARD, (facilitator, sets) -> sets - facilitator.maxSets())
                .asConstraint("Facilitator capacity");
    }

    /** One hard point per member of a set who is in their facilitator's line management chain. */
    Constraint facilitatorLineManagement(ConstraintFactory factory) {
        return factory.forEach(FacilitatorSlot.class)
                .filter(slot -> slot.getFacilitator() != null
                        && !slot.getFacilitator().lineChain().isEmpty())
                .join(
                        ParticipantAssignment.class,
                        equal(FacilitatorSlot::getSetId, a -> a.getSet().id()))
                .filter((slot, a) -> slot.getFacilitator().lineChain().contains(a.getParticipantId()))
                .penalize(HardSoftScore.ONE_HARD)
                .asConstraint("Facilitator's line management apart");
    }

    /**
     * A facilitator with a member of their own organisation costs more than any mixing preference, so the solver
     * avoids it wherever the numbers allow, yet it never makes an allocation unusable.
     */
    Constraint facilitatorOwnOrganisation(ConstraintFactory factory) {
        return factory.forEach(FacilitatorSlot.class)
                .filter(slot ->
                        slot.getFacilitator() != null && slot.getFacilitator().organisationId() != null)
                .join(
                        ParticipantAssignment.class,
                        equal(FacilitatorSlot::getSetId, a -> a.getSet().id()),
                        equal(
                                slot -> slot.getFacilitator().organisationId(),
                                a -> a.getOrganisation().id()))
                .penalize(HardSoftScore.ofSoft(OWN_ORGANISATION_WEIGHT))
                .asConstraint("Facilitator's own organisation");
    }

    /** One hard point per pair of earlier setmates sharing a set, when the lead made it a rule that must hold. */
    Constraint earlierSetmatesApart(ConstraintFactory factory) {
        return earlierSetmatesTogether(factory, true)
                .penalize(HardSoftScore.ONE_HARD)
                .asConstraint("Earlier setmates apart");
    }

    /** The same pairs as a preference: each costs as much as a facilitator with their own organisation's people. */
    Constraint earlierSetmatesPreferred(ConstraintFactory factory) {
        return earlierSetmatesTogether(factory, false)
                .penalize(HardSoftScore.ofSoft(EARLIER_COHORT_WEIGHT))
                .asConstraint("Earlier setmates preferably apart");
    }

    private static TriConstraintStream<EarlierPair, ParticipantAssignment, ParticipantAssignment>
            earlierSetmatesTogether(ConstraintFactory factory, boolean mustPart) {
        return factory.forEach(EarlierPair.class)
                .filter(pair -> pair.mustPart() == mustPart)
                .join(ParticipantAssignment.class, equal(EarlierPair::first, ParticipantAssignment::getParticipantId))
                .join(
                        ParticipantAssignment.class,
                        equal((pair, first) -> pair.second(), ParticipantAssignment::getParticipantId),
                        equal((pair, first) -> first.getSet(), ParticipantAssignment::getSet));
    }

    /** A member their facilitator facilitated in an earlier programme, avoided wherever the numbers allow. */
    Constraint facilitatorNewPeople(ConstraintFactory factory) {
        return factory.forEach(FacilitatedBefore.class)
                .join(
                        ParticipantAssignment.class,
                        equal(FacilitatedBefore::participantId, ParticipantAssignment::getParticipantId))
                .join(FacilitatorSlot.class, equal((before, a) -> a.getSet().id(), FacilitatorSlot::getSetId))
                .filter((before, a, slot) -> slot.getFacilitator() != null
                        && slot.getFacilitator().id().equals(before.facilitatorId()))
                .penalize(HardSoftScore.ofSoft(EARLIER_COHORT_WEIGHT))
                .asConstraint("Facilitator's earlier members");
    }

    Constraint professionMix(ConstraintFactory factory) {
        return factory.forEach(ParticipantAssignment.class)
                .filter(a -> a.getProfession() != null)
                .groupBy(ParticipantAssignment::getSet, ParticipantAssignment::getProfession, count())
                .filter((set, profession, n) -> n > 1)
                .penalize(HardSoftScore.ONE_SOFT, (set, profession, n) -> pairs(n))
                .asConstraint("Profession mix");
    }

    Constraint clinicalAreaMix(ConstraintFactory factory) {
        return factory.forEach(ParticipantAssignment.class)
                .filter(a -> a.getClinicalArea() != null)
                .groupBy(ParticipantAssignment::getSet, ParticipantAssignment::getClinicalArea, count())
                .filter((set, area, n) -> n > 1)
                .penalize(HardSoftScore.ONE_SOFT, (set, area, n) -> pairs(n))
                .asConstraint("Clinical area mix");
    }

    /** Pairs of sets that share a facilitator: zero when nobody has two, and least when loads are even. */
    Constraint facilitatorBalance(ConstraintFactory factory) {
        return factory.forEach(FacilitatorSlot.class)
                .groupBy(FacilitatorSlot::getFacilitator, count())
                .filter((facilitator, sets) -> sets > 1)
                .penalize(HardSoftScore.ONE_SOFT, (facilitator, sets) -> pairs(sets))
                .asConstraint("Facilitator balance");
    }

    private static int pairs(int n) {
        return AllocationPlan.pairs(n);
    }
}
