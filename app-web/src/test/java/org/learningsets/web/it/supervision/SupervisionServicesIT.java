package org.learningsets.web.it.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.ejb.programme.ProgrammeOverviewService;
import org.learningsets.ejb.programme.ProgrammeService;
import org.learningsets.ejb.set.FacilitatorService;
import org.learningsets.ejb.set.MembershipService;
import org.learningsets.ejb.set.MySetsService;
import org.learningsets.ejb.set.SetService;
import org.learningsets.ejb.set.SetViews.FacilitatorCandidate;
import org.learningsets.ejb.supervision.Supervision;
import org.learningsets.ejb.supervision.SupervisionProposal;
import org.learningsets.ejb.supervision.SupervisionService;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.FacilitatorRole;
import org.learningsets.web.it.container.AsAdmin;
import org.learningsets.web.it.container.AsFacilitator;
import org.learningsets.web.it.container.AsMember;
import org.learningsets.web.it.container.Fixtures;
import org.learningsets.web.it.container.Fixtures.TestPerson;
import org.learningsets.web.it.container.Refusals;

/**
 * A programme's facilitators meeting as a set of their own, at the service level with real role checks: the set is
 * formed in a programme of its own with every current facilitator as a member and the supervisor as its lead
 * facilitator; the supervised programme's people stay as they were; the confidentiality of any set applies (a member
 * of the supervised programme's sets is refused the supervision set); and each refusal says why and changes nothing.
 * Each test builds its own programme and people.
 */
@ExtendWith(ArquillianExtension.class)
class SupervisionServicesIT {

    @Inject
    AsAdmin admin;

    @Inject
    AsFacilitator facilitator;

    @Inject
    AsMember member;

    @Inject
    Fixtures fixtures;

    @Inject
    ProgrammeService programmes;

    @Inject
    ProgrammeOverviewService overviews;

    @Inject
    SetService sets;

    @Inject
    MembershipService memberships;

    @Inject
    FacilitatorService facilitators;

    @Inject
    MySetsService mySets;

    @Inject
    SupervisionService supervision;

    /** A programme of two sets, each with one member and its own facilitator. */
    private record World(
            TestPerson lead, String programmeId, TestPerson first, TestPerson second, TestPerson memberOfFirst) {}

    private World world(int sets) throws Exception {
        TestPerson lead = fixtures.person("Lead", Role.ADMIN);
        String programmeId =
                admin.as(lead.email(), () -> programmes.create(Fixtures.programmeIn2027("Supervised", 6, 3)));
        TestPerson[] facilitatorsOf = new TestPerson[2];
        TestPerson memberOfFirst = null;
        for (int i = 0; i < sets; i++) {
            String setId = admin.as(lead.email(), () -> this.sets.create(programmeId, Fixtures.unique("Set")));
            TestPerson m = fixtures.person("Member " + i, Role.MEMBER);
            TestPerson f = fixtures.person("Facilitator " + i, Role.FACILITATOR);
            admin.run(lead.email(), () -> memberships.add(setId, m.id()));
            admin.run(lead.email(), () -> facilitators.assign(setId, f.id(), FacilitatorRole.LEAD));
            facilitatorsOf[i] = f;
            memberOfFirst = i == 0 ? m : memberOfFirst;
        }
        return new World(lead, programmeId, facilitatorsOf[0], facilitatorsOf[1], memberOfFirst);
    }

    @Test
    void theFacilitatorsMeetAsASetOfTheirOwnUnderTheConfidentialityOfAnySet() throws Exception {
        World w = world(2);
        TestPerson supervisor = fixtures.person("Supervisor", Role.FACILITATOR);
        long enrolledBefore = admin.as(w.lead().email(), () -> overviews.overview(w.programmeId()))
                .people()
                .enrolled();
        SupervisionProposal proposal = admin.as(w.lead().email(), () -> supervision.proposal(w.programmeId()));
        assertEquals(
                List.of(w.first().name(), w.second().name()).stream().sorted().toList(), proposal.members());
        List<FacilitatorCandidate> candidates = proposal.supervisors();
        assertTrue(
                candidates.stream().anyMatch(c -> c.personId().equals(supervisor.id())),
                "a facilitator from elsewhere may supervise");
        assertTrue(
                candidates.stream().noneMatch(c -> c.personId().equals(w.first().id())),
                "not one of the two facilitators: one member would be left");
        assertTrue(
                candidates.stream()
                        .noneMatch(c -> c.personId().equals(w.second().id())),
                "not one of the two facilitators: one member would be left");

        String setId = admin.as(w.lead().email(), () -> supervision.start(w.programmeId(), supervisor.id()));

        Supervision formed = admin.as(w.lead().email(), () -> supervision.of(w.programmeId()))
                .orElseThrow();
        assertEquals(setId, formed.setId());
        assertEquals("Supervision set", formed.setName());
        assertTrue(formed.programmeName().endsWith(": facilitators' supervision"), formed.programmeName());
        assertEquals(supervisor.name(), formed.supervisor());
        assertEquals(
                List.of(w.first().name(), w.second().name()).stream().sorted().toList(), formed.members());
        assertTrue(
                admin.as(w.lead().email(), () -> supervision.supervisedBy(formed.programmeId()))
                        .orElseThrow()
                        .startsWith("Supervised "),
                "the supervision programme names the programme it supervises");
        assertEquals(
                enrolledBefore,
                admin.as(w.lead().email(), () -> overviews.overview(w.programmeId()))
                        .people()
                        .enrolled(),
                "the facilitators never count among the supervised programme's people");

        assertEquals(
                setId, member.as(w.first().email(), () -> mySets.set(setId)).setId(), "a member of it");
        Refusals.messageOf(
                AccessDeniedException.class, () -> member.run(w.memberOfFirst().email(), () -> mySets.set(setId)));
    }

    @Test
    void refusalsSayWhyAndChangeNothing() throws Exception {
        World w = world(2);
        TestPerson supervisor = fixtures.person("Supervisor", Role.FACILITATOR);
        // Only a programme lead starts one.
        Refusals.messageOf(
                EJBAccessException.class,
                () -> facilitator.run(w.first().email(), () -> supervision.start(w.programmeId(), supervisor.id())));
        assertTrue(admin.as(w.lead().email(), () -> supervision.of(w.programmeId()))
                .isEmpty());

        // The supervisor among the programme's facilitators is not also a member: one member is too few.
        String tooFew = Refusals.messageOf(
                StateException.class,
                () -> admin.run(
                        w.lead().email(),
                        () -> supervision.start(w.programmeId(), w.first().id())));
        assertTrue(tooFew.startsWith("A supervision set needs at least 2 facilitators besides its supervisor"), tooFew);
        assertTrue(
                admin.as(w.lead().email(), () -> supervision.of(w.programmeId()))
                        .isEmpty(),
                "nothing was created");

        // The placement rules hold for the supervisor as for any facilitator: not a colleague of a member while
        // someone from elsewhere is free.
        TestPerson colleague = fixtures.colleagueOf(w.second(), "Colleague", Role.FACILITATOR);
        String ownTrust = Refusals.messageOf(
                InvalidInputException.class,
                () -> admin.run(w.lead().email(), () -> supervision.start(w.programmeId(), colleague.id())));
        assertTrue(ownTrust.startsWith("Colleague works for "), ownTrust);
        assertTrue(ownTrust.contains("can facilitate it without that"), ownTrust);
        assertTrue(
                admin.as(w.lead().email(), () -> supervision.of(w.programmeId()))
                        .isEmpty(),
                "nothing was created");

        admin.run(w.lead().email(), () -> supervision.start(w.programmeId(), supervisor.id()));
        String again = Refusals.messageOf(
                StateException.class,
                () -> admin.run(w.lead().email(), () -> supervision.start(w.programmeId(), supervisor.id())));
        assertTrue(again.contains("already has a supervision set, Supervision set in "), again);

        String supervisionId = admin.as(w.lead().email(), () -> supervision.of(w.programmeId()))
                .orElseThrow()
                .programmeId();
        String ofSupervision = Refusals.messageOf(
                StateException.class,
                () -> admin.run(w.lead().email(), () -> supervision.start(supervisionId, supervisor.id())));
        assertTrue(ofSupervision.endsWith("is itself a supervision programme."), ofSupervision);

        World small = world(1);
        String one = Refusals.messageOf(
                StateException.class,
                () -> admin.run(small.lead().email(), () -> supervision.start(small.programmeId(), supervisor.id())));
        assertTrue(one.contains("has 1. Give its sets their facilitators first."), one);
    }
}
