package org.learningsets.web.it.container;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.learningsets.ejb.programme.ProgrammeService;
import org.learningsets.ejb.set.FacilitatorService;
import org.learningsets.ejb.set.GroundRulesService;
import org.learningsets.ejb.set.MembershipService;
import org.learningsets.ejb.set.SetService;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.FacilitatorRole;
import org.learningsets.web.it.container.Fixtures.TestPerson;

/**
 * Builds what most in-container tests start from, through the real services: a programme (2027, monthly on the
 * second Tuesday at 14:00, 120 minutes, sets of 2 to 6) with its lead, and sets each with a lead facilitator who
 * recorded the ground rules and members who agreed them.
 */
@Dependent
public class SetWorlds {

    public static final String RULES = "What is said here stays here.";

    /** One set of a programme; {@code lead} leads the programme. */
    public record SetWorld(
            TestPerson lead, String programmeId, String setId, TestPerson facilitator, List<TestPerson> members) {}

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
    SetService sets;

    @Inject
    MembershipService memberships;

    @Inject
    FacilitatorService facilitators;

    @Inject
    GroundRulesService groundRules;

    /** A new programme (its name made unique from {@code name}) with "Set A" and members of these names. */
    public SetWorld build(String name, List<String> memberNames) throws Exception {
        TestPerson lead = fixtures.person("Lead", Role.ADMIN);
        String programmeId = admin.as(lead.email(), () -> programmes.create(Fixtures.programmeIn2027(name, 6, 6)));
        return addSet(lead, programmeId, "Set A", memberNames);
    }

    /** Another set of the same programme. */
    public SetWorld addSet(SetWorld world, String setName, List<String> memberNames) throws Exception {
        return addSet(world.lead(), world.programmeId(), setName, memberNames);
    }

    private SetWorld addSet(TestPerson lead, String programmeId, String setName, List<String> memberNames)
            throws Exception {
        String setId = admin.as(lead.email(), () -> sets.create(programmeId, setName));
        TestPerson f = fixtures.person("Facilitator", Role.FACILITATOR);
        admin.run(lead.email(), () -> facilitators.assign(setId, f.id(), FacilitatorRole.LEAD));
        facilitator.run(f.email(), () -> groundRules.record(setId, RULES));
        List<TestPerson> members = new ArrayList<>();
        for (String memberName : memberNames) {
            TestPerson m = fixtures.person(memberName, Role.MEMBER);
            admin.run(lead.email(), () -> memberships.add(setId, m.id()));
            member.run(m.email(), () -> groundRules.agree(setId, 1));
            members.add(m);
        }
        return new SetWorld(lead, programmeId, setId, f, List.copyOf(members));
    }

    /** {@code count} members all called "Member". */
    public static List<String> members(int count) {
        return java.util.Collections.nCopies(count, "Member");
    }
}
