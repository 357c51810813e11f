package org.learningsets.web.it.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.ejb.action.ActionService;
import org.learningsets.ejb.confidentiality.AuditService;
import org.learningsets.ejb.confidentiality.KeyRotationService;
import org.learningsets.ejb.issue.IssueService;
import org.learningsets.ejb.issue.IssueViews;
import org.learningsets.ejb.learning.LearningLogService;
import org.learningsets.ejb.programme.ProgrammeService;
import org.learningsets.ejb.set.FacilitatorService;
import org.learningsets.ejb.set.GroundRulesService;
import org.learningsets.ejb.set.MembershipService;
import org.learningsets.ejb.set.SetService;
import org.learningsets.model.action.ActionStatus;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.confidentiality.TextIntegrityException;
import org.learningsets.model.issue.IssueStatus;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.FacilitatorRole;
import org.learningsets.web.it.container.Acting;
import org.learningsets.web.it.container.AsAdmin;
import org.learningsets.web.it.container.AsFacilitator;
import org.learningsets.web.it.container.AsMember;
import org.learningsets.web.it.container.Fixtures;
import org.learningsets.web.it.container.Fixtures.TestPerson;

/**
 * What is said in the set stays in the set: every confidential service method, called by everyone who is not
 * entitled (the programme lead, another set's facilitator and member, a member who has not agreed the ground
 * rules, a withdrawn member), is refused and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ConfidentialAccessIT {

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

    @Inject
    IssueService issues;

    @Inject
    ActionService actions;

    @Inject
    LearningLogService learning;

    @Inject
    KeyRotationService keyRotation;

    @Inject
    AuditService auditService;

    @Resource(lookup = "java:app/jdbc/learningsets")
    DataSource dataSource;

    /** Who asks, in which role. */
    private record Caller(String label, Acting role, String email) {}

    @Test
    void nobodyOutsideTheSetReadsOrChangesItsWork() throws Exception {
        TestPerson lead = fixtures.person("Lead", Role.ADMIN);
        String programmeId =
                admin.as(lead.email(), () -> programmes.create(Fixtures.programmeIn2027("Confidential", 6, 6)));
        String setA = admin.as(lead.email(), () -> sets.create(programmeId, "Set A"));
        String setB = admin.as(lead.email(), () -> sets.create(programmeId, "Set B"));
        TestPerson facilitatorA = facilitatorOf(lead, setA);
        TestPerson facilitatorB = facilitatorOf(lead, setB);
        TestPerson holder = memberOf(lead, setA);
        TestPerson notAgreed = memberOf(lead, setA);
        TestPerson otherMember = memberOf(lead, setB);
        facilitator.run(facilitatorA.email(), () -> groundRules.record(setA, "What is said here stays here."));
        facilitator.run(facilitatorB.email(), () -> groundRules.record(setB, "What is said here stays here."));
        member.run(holder.email(), () -> groundRules.agree(setA, 1));
        member.run(otherMember.email(), () -> groundRules.agree(setB, 1));

        String issue = member.as(holder.email(), () -> issues.raise(setA, "Mornings", "The secret narrative."));
        String action = member.as(holder.email(), () -> actions.agree(issue, "Call the GP lead", null, null));
        member.run(holder.email(), () -> actions.reportProgress(action, "Called; meeting booked.", null));
        String entry = member.as(holder.email(), () -> learning.write(null, "I only ever tried one thing.", null));
        String otherIssue = member.as(otherMember.email(), () -> issues.raise(setB, "Elsewhere", "Other text."));

        // The set's own people see the work.
        IssueViews.IssueView seen = facilitator.as(facilitatorA.email(), () -> issues.view(issue));
        assertEquals("The secret narrative.", seen.narrative());
        assertEquals(1, seen.actions().get(0).progress().size());
        assertEquals(
                1, member.as(holder.email(), () -> learning.mine("one THING")).size(), "search by the author");

        List<Caller> outsiders = List.of(
                new Caller("programme lead", admin, lead.email()),
                new Caller("other set's facilitator", facilitator, facilitatorB.email()),
                new Caller("other set's member", member, otherMember.email()),
                new Caller("member who has not agreed the ground rules", member, notAgreed.email()));
        long version = seen.version();
        long actionVersion = seen.actions().get(0).version();
        Map<String, Acting.ThrowingRunnable> confidential = new LinkedHashMap<>();
        for (Caller c : outsiders) {
            confidential.put(c.label() + ": view issue", () -> c.role().as(c.email(), () -> issues.view(issue)));
            confidential.put(
                    c.label() + ": list the set's issues", () -> c.role().as(c.email(), () -> issues.ofSet(setA)));
            confidential.put(
                    c.label() + ": raise an issue in the set",
                    () -> c.role().as(c.email(), () -> issues.raise(setA, "Intruder", "x")));
            confidential.put(
                    c.label() + ": retell the issue",
                    () -> c.role().run(c.email(), () -> issues.retell(issue, version, "Changed", "Changed")));
            confidential.put(
                    c.label() + ": close the issue",
                    () -> c.role().run(c.email(), () -> issues.close(issue, version, IssueStatus.DROPPED)));
            confidential.put(
                    c.label() + ": add an action",
                    () -> c.role().as(c.email(), () -> actions.agree(issue, "Intrude", null, null)));
            confidential.put(
                    c.label() + ": mark the action",
                    () -> c.role().run(c.email(), () -> actions.mark(action, actionVersion, ActionStatus.DROPPED)));
            confidential.put(
                    c.label() + ": report progress",
                    () -> c.role().as(c.email(), () -> actions.reportProgress(action, "Intrude", null)));
            confidential.put(
                    c.label() + ": read the learning log entry",
                    () -> c.role().as(c.email(), () -> learning.view(entry)));
            confidential.put(
                    c.label() + ": rewrite the learning log entry",
                    () -> c.role().run(c.email(), () -> learning.rewrite(entry, 0, "Changed", null)));
        }
        confidential.put(
                "the set's own facilitator: read a member's learning log",
                () -> facilitator.as(facilitatorA.email(), () -> learning.view(entry)));
        confidential.put(
                "a member of set A, with set B's issue id",
                () -> member.as(holder.email(), () -> issues.view(otherIssue)));
        confidential.put("no caller at all", () -> issues.view(issue));

        List<String> allowed = new ArrayList<>();
        for (Map.Entry<String, Acting.ThrowingRunnable> call : confidential.entrySet()) {
            try {
                call.getValue().run();
                allowed.add(call.getKey());
            } catch (AccessDeniedException | EJBAccessException refused) {
                // refused, as it must be
            }
        }
        assertEquals(List.of(), allowed, "confidential calls that were not refused");

        IssueViews.IssueView after = member.as(holder.email(), () -> issues.view(issue));
        assertEquals(version, after.version(), "the issue is unchanged");
        assertEquals("The secret narrative.", after.narrative());
        assertEquals("OPEN", after.actions().get(0).status());
        assertEquals(1, after.actions().size());
        assertEquals(1, after.actions().get(0).progress().size());
        assertEquals(1, member.as(holder.email(), () -> issues.ofSet(setA)).size(), "no intruder issue");
        assertEquals(
                "I only ever tried one thing.",
                member.as(holder.email(), () -> learning.view(entry)).whatILearned());

        // The facilitator sees who read or changed what, and when; never the text; nobody else sees the audit.
        List<AuditService.AuditView> trail = facilitator.as(facilitatorA.email(), () -> auditService.ofSet(setA));
        assertTrue(
                trail.stream()
                        .anyMatch(a -> a.action().equals("CREATE")
                                && a.recordType().equals("ISSUE")
                                && a.recordId().equals(issue)
                                && a.actorName().equals("Member")),
                trail.toString());
        assertTrue(
                trail.stream()
                        .anyMatch(a -> a.action().equals("READ")
                                && a.recordType().equals("ISSUE")
                                && a.recordId().equals(issue)
                                && a.actorName().equals("Facilitator")),
                trail.toString());
        assertTrue(
                trail.stream()
                        .anyMatch(a ->
                                a.action().equals("CREATE") && a.recordType().equals("PROGRESS_UPDATE")),
                trail.toString());
        assertTrue(
                trail.stream()
                        .anyMatch(a -> a.action().equals("READ")
                                && a.recordType().equals("ACTION")
                                && a.recordId().equals(action)),
                trail.toString());
        assertTrue(
                trail.stream().noneMatch(a -> a.recordType().equals("LEARNING_LOG_ENTRY")),
                "learning logs are private, even from the set's audit");
        assertTrue(!trail.toString().contains("secret") && !trail.toString().contains("GP lead"), "no text");
        assertThrows(
                AccessDeniedException.class,
                () -> facilitator.as(facilitatorB.email(), () -> auditService.ofSet(setA)));
        assertThrows(EJBAccessException.class, () -> member.as(holder.email(), () -> auditService.ofSet(setA)));
        assertThrows(EJBAccessException.class, () -> admin.as(lead.email(), () -> auditService.ofSet(setA)));

        // At rest the text is ciphertext, bound to its row; rotation re-encrypts everything without loss.
        String stored = storedNarrative(issue);
        assertTrue(stored.startsWith("v2:") && !stored.contains("secret"), stored);
        KeyRotationService.Rotation rotation = admin.as(lead.email(), () -> keyRotation.rotate());
        assertTrue(rotation.valuesReEncrypted() >= 5, "issue, action, progress, log entry, other issue: " + rotation);
        assertEquals(rotation.newKeyId(), TextCipher.keyIdOf(storedNarrative(issue)), storedNarrative(issue));
        assertEquals(
                "The secret narrative.",
                member.as(holder.email(), () -> issues.view(issue)).narrative());
        assertEquals(
                "I only ever tried one thing.",
                member.as(holder.email(), () -> learning.view(entry)).whatILearned());

        // Ciphertext copied into another set's row is refused, not shown.
        String otherStored = storedNarrative(otherIssue);
        execute("update set_issue set narrative = ? where id = ?", storedNarrative(issue), otherIssue);
        TextIntegrityException tampered = assertThrows(
                TextIntegrityException.class, () -> member.as(otherMember.email(), () -> issues.view(otherIssue)));
        assertEquals("This confidential text failed its integrity check and was not shown.", tampered.getMessage());
        execute("update set_issue set narrative = ? where id = ?", otherStored, otherIssue);
        assertEquals(
                "Other text.",
                member.as(otherMember.email(), () -> issues.view(otherIssue)).narrative());

        // A member who leaves the set loses access to its work (but keeps their own learning log).
        admin.run(lead.email(), () -> memberships.withdraw(setA, holder.id(), "Left the trust"));
        assertThrows(AccessDeniedException.class, () -> member.as(holder.email(), () -> issues.view(issue)));
        assertTrue(member.as(holder.email(), () -> learning.view(entry))
                .whatILearned()
                .startsWith("I only"));
    }

    private String storedNarrative(String issueId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select narrative from set_issue where id = ?")) {
            s.setString(1, issueId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private void execute(String sql, String first, String second) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, first);
            s.setString(2, second);
            assertEquals(1, s.executeUpdate());
        }
    }

    private TestPerson facilitatorOf(TestPerson lead, String setId) throws Exception {
        TestPerson f = fixtures.person("Facilitator", Role.FACILITATOR);
        admin.run(lead.email(), () -> facilitators.assign(setId, f.id(), FacilitatorRole.LEAD));
        return f;
    }

    private TestPerson memberOf(TestPerson lead, String setId) throws Exception {
        TestPerson m = fixtures.person("Member", Role.MEMBER);
        admin.run(lead.email(), () -> memberships.add(setId, m.id()));
        return m;
    }
}
