package org.learningsets.web.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.ejb.action.ActionService;
import org.learningsets.ejb.confidentiality.AuditService;
import org.learningsets.ejb.confidentiality.KeyRotationService;
import org.learningsets.ejb.evaluation.BenefitsPulseService;
import org.learningsets.ejb.evaluation.EvaluationService;
import org.learningsets.ejb.evaluation.MeetingReviewService;
import org.learningsets.ejb.evaluation.MeetingReviewViews;
import org.learningsets.ejb.issue.IssueService;
import org.learningsets.ejb.issue.IssueViews;
import org.learningsets.ejb.issue.MyIssueViews;
import org.learningsets.ejb.issue.MyIssuesService;
import org.learningsets.ejb.learning.LearningLogService;
import org.learningsets.ejb.mail.Mailer;
import org.learningsets.ejb.mail.OutgoingMail;
import org.learningsets.ejb.meeting.MeetingView;
import org.learningsets.ejb.meeting.ScheduleService;
import org.learningsets.ejb.programme.ProgrammeService;
import org.learningsets.ejb.set.FacilitatorService;
import org.learningsets.ejb.set.GroundRulesService;
import org.learningsets.ejb.set.MembershipService;
import org.learningsets.ejb.set.SetService;
import org.learningsets.model.action.ActionStatus;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.ConflictException;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.issue.IssueStatus;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.FacilitatorRole;
import org.learningsets.web.it.container.AsAdmin;
import org.learningsets.web.it.container.AsFacilitator;
import org.learningsets.web.it.container.AsMember;
import org.learningsets.web.it.container.Fixtures;
import org.learningsets.web.it.container.Fixtures.TestPerson;

/**
 * A member's own work, called as real people in their roles: my issues and an issue's history across meetings,
 * the action plan and progress, the learning log, and the end-of-meeting pulse and process review. Every refusal
 * (another set's ids, a withdrawn member, a meeting not held, someone else's entry or review) leaves data unchanged.
 */
@ExtendWith(ArquillianExtension.class)
class MemberReflectionServicesIT {

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
    ScheduleService schedules;

    @Inject
    IssueService issues;

    @Inject
    MyIssuesService myIssues;

    @Inject
    ActionService actions;

    @Inject
    LearningLogService learning;

    @Inject
    MeetingReviewService reviews;

    @Inject
    KeyRotationService keyRotation;

    @Inject
    AuditService audit;

    @Inject
    EvaluationService evaluation;

    @Inject
    BenefitsPulseService benefitsPulse;

    @Inject
    Mailer mailer;

    @Resource(lookup = "java:app/jdbc/learningsets")
    DataSource dataSource;

    /** Two sets of one programme; set A's first meeting is held, its second planned; four members in A. */
    private record World(
            TestPerson lead,
            String setA,
            String setB,
            TestPerson facilitatorA,
            TestPerson facilitatorB,
            List<TestPerson> membersA,
            TestPerson notAgreed,
            TestPerson memberB,
            String heldA,
            String plannedA,
            String heldB,
            String programmeId) {
        TestPerson holder() {
            return membersA.get(0);
        }
    }

    private World world() throws Exception {
        TestPerson lead = fixtures.person("Lead", Role.ADMIN);
        String programmeId =
                admin.as(lead.email(), () -> programmes.create(Fixtures.programmeIn2027("Reflection", 8, 6)));
        String setA = admin.as(lead.email(), () -> sets.create(programmeId, "Set A"));
        String setB = admin.as(lead.email(), () -> sets.create(programmeId, "Set B"));
        TestPerson facilitatorA = facilitatorOf(lead, setA);
        TestPerson facilitatorB = facilitatorOf(lead, setB);
        List<TestPerson> membersA =
                List.of(memberOf(lead, setA), memberOf(lead, setA), memberOf(lead, setA), memberOf(lead, setA));
        TestPerson notAgreed = memberOf(lead, setA);
        TestPerson memberB = memberOf(lead, setB);
        facilitator.run(facilitatorA.email(), () -> groundRules.record(setA, "What is said here stays here."));
        facilitator.run(facilitatorB.email(), () -> groundRules.record(setB, "What is said here stays here."));
        for (TestPerson m : membersA) {
            member.run(m.email(), () -> groundRules.agree(setA, 1));
        }
        member.run(memberB.email(), () -> groundRules.agree(setB, 1));
        List<MeetingView> meetingsA = admin.as(
                lead.email(),
                () -> schedules.generate(setA, LocalDate.of(2027, 1, 1), null, "https://meet.example.org/a"));
        List<MeetingView> meetingsB = admin.as(
                lead.email(),
                () -> schedules.generate(setB, LocalDate.of(2027, 1, 1), null, "https://meet.example.org/b"));
        markHeld(meetingsA.get(0).id());
        markHeld(meetingsB.get(0).id());
        return new World(
                lead,
                setA,
                setB,
                facilitatorA,
                facilitatorB,
                membersA,
                notAgreed,
                memberB,
                meetingsA.get(0).id(),
                meetingsA.get(1).id(),
                meetingsB.get(0).id(),
                programmeId);
    }

    @Test
    void myIssuesListAcrossSetsWithAStatusFilterAndOnlyWhileIAmInTheSet() throws Exception {
        World w = world();
        String holder = w.holder().email();
        String open = member.as(holder, () -> issues.raise(w.setA(), "Mornings", "Narrative one."));
        String closed = member.as(holder, () -> issues.raise(w.setA(), "Evenings", "Narrative two."));
        long version = member.as(holder, () -> issues.view(closed)).version();
        member.run(holder, () -> issues.close(closed, version, IssueStatus.RESOLVED));
        member.as(holder, () -> actions.agree(open, "First action", null, null));
        member.as(w.membersA().get(1).email(), () -> issues.raise(w.setA(), "Someone else's", null));

        List<MyIssueViews.MyIssue> all = member.as(holder, () -> myIssues.mine(null));
        assertEquals(
                List.of(closed, open),
                all.stream().map(MyIssueViews.MyIssue::id).toList(),
                "newest first");
        MyIssueViews.MyIssue first = all.get(1);
        assertEquals("Set A", first.setName());
        assertEquals(1, first.openActions());
        assertEquals(
                List.of(open),
                member.as(holder, () -> myIssues.mine(IssueStatus.OPEN)).stream()
                        .map(MyIssueViews.MyIssue::id)
                        .toList());
        assertEquals(
                List.of(closed),
                member.as(holder, () -> myIssues.mine(IssueStatus.RESOLVED)).stream()
                        .map(MyIssueViews.MyIssue::id)
                        .toList());
        assertEquals(
                List.of("Set A"),
                member.as(holder, () -> myIssues.setsToRaiseIn()).stream()
                        .map(MyIssueViews.SetChoice::name)
                        .toList());
        assertEquals(
                List.of(),
                member.as(w.notAgreed().email(), () -> myIssues.setsToRaiseIn()),
                "no set before the ground rules are agreed");
        assertThrows(
                EJBAccessException.class, () -> facilitator.as(w.facilitatorA().email(), () -> myIssues.mine(null)));

        // A member who leaves no longer sees the set's issues, not even their own.
        admin.run(
                w.lead().email(),
                () -> memberships.withdraw(w.setA(), w.holder().id(), "Left the trust"));
        assertEquals(List.of(), member.as(holder, () -> myIssues.mine(null)));
        assertThrows(AccessDeniedException.class, () -> member.as(holder, () -> myIssues.history(open)));
        assertEquals(
                "OPEN",
                facilitator
                        .as(w.facilitatorA().email(), () -> issues.view(open))
                        .status());
    }

    @Test
    void anIssuesHistoryShowsEachMeetingWithItsBidRoundActionsAndProgress() throws Exception {
        World w = world();
        String holder = w.holder().email();
        String issue = member.as(holder, () -> issues.raise(w.setA(), "Flow", "The narrative."));
        insertBidAndRound(w.heldA(), issue);
        String agreed =
                member.as(holder, () -> actions.agree(issue, "Meet the GP lead", LocalDate.of(2027, 2, 1), w.heldA()));
        String between = member.as(holder, () -> actions.agree(issue, "Count arrivals", null, null));
        member.as(holder, () -> actions.reportProgress(agreed, "Met; slot agreed.", w.heldA()));
        member.as(holder, () -> actions.reportProgress(between, "Counting started.", null));

        MyIssueViews.IssueHistory history = member.as(holder, () -> myIssues.history(issue));
        assertEquals("The narrative.", history.issue().narrative());
        assertTrue(history.holder() && history.canClose());
        assertEquals(w.heldA(), history.suggestedMeetingId(), "progress is reported at the latest held meeting");
        assertEquals(1, history.meetings().size(), history.meetings().toString());
        MyIssueViews.MeetingStep step = history.meetings().get(0);
        assertEquals(1, step.number());
        assertTrue(step.hadRound());
        assertEquals(30, step.minutesWanted());
        assertEquals(25, step.minutesBooked());
        assertEquals(
                List.of("Meet the GP lead"),
                step.actionsAgreed().stream()
                        .map(IssueViews.ActionView::description)
                        .toList());
        assertEquals(
                List.of("Met; slot agreed."),
                step.progressReported().stream()
                        .map(IssueViews.ProgressView::note)
                        .toList());
        assertEquals(2, history.issue().actions().size(), "actions agreed between meetings are in the plan too");
        assertTrue(history.meetingChoices().stream().anyMatch(c -> c.id().equals(w.plannedA())));

        // Another member of the set reads it but may not close it; outsiders are refused.
        MyIssueViews.IssueHistory asOther = member.as(w.membersA().get(1).email(), () -> myIssues.history(issue));
        assertFalse(asOther.holder() || asOther.canClose());
        assertTrue(facilitator
                .as(w.facilitatorA().email(), () -> myIssues.history(issue))
                .canClose());
        assertThrows(AccessDeniedException.class, () -> member.as(w.memberB().email(), () -> myIssues.history(issue)));
        assertThrows(
                AccessDeniedException.class, () -> member.as(w.notAgreed().email(), () -> myIssues.history(issue)));
        assertThrows(
                AccessDeniedException.class,
                () -> facilitator.as(w.facilitatorB().email(), () -> myIssues.history(issue)));
        assertThrows(
                NotFoundException.class,
                () -> member.as(holder, () -> myIssues.history(UUID.randomUUID().toString())));
        assertThrows(EJBAccessException.class, () -> admin.as(w.lead().email(), () -> myIssues.history(issue)));
    }

    @Test
    void theHolderAgreesActionsChangesTheirStatusReportsProgressAndClosesTheIssue() throws Exception {
        World w = world();
        String holder = w.holder().email();
        String issue = member.as(holder, () -> issues.raise(w.setA(), "Weekend cover", null));
        String otherIssue = member.as(w.memberB().email(), () -> issues.raise(w.setB(), "Elsewhere", null));
        String action = member.as(holder, () -> actions.agree(issue, "Cost a pilot", null, w.heldA()));

        assertEquals(
                "That meeting belongs to another set.",
                assertThrows(
                                InvalidInputException.class,
                                () -> member.as(holder, () -> actions.agree(issue, "Sneaky", null, w.heldB())))
                        .getMessage());
        assertThrows(
                AccessDeniedException.class,
                () -> member.as(
                        w.membersA().get(1).email(), () -> actions.agree(issue, "Not mine to agree", null, null)));
        assertThrows(
                AccessDeniedException.class,
                () -> member.as(holder, () -> actions.agree(otherIssue, "Another set's issue", null, null)));
        assertThrows(
                EJBException.class,
                () -> member.as(holder, () -> actions.agree(issue, " ", null, null)),
                "a blank action is refused by validation");

        IssueViews.ActionView before =
                member.as(holder, () -> issues.view(issue)).actions().get(0);
        member.run(holder, () -> actions.mark(action, before.version(), ActionStatus.CARRIED_FORWARD));
        assertThrows(
                ConflictException.class,
                () -> member.run(holder, () -> actions.mark(action, before.version(), ActionStatus.DROPPED)),
                "a stale version");
        IssueViews.ActionView carried =
                member.as(holder, () -> issues.view(issue)).actions().get(0);
        assertEquals("CARRIED_FORWARD", carried.status());
        assertThrows(
                AccessDeniedException.class,
                () -> member.run(
                        w.membersA().get(1).email(), () -> actions.mark(action, carried.version(), ActionStatus.DONE)));
        assertThrows(
                AccessDeniedException.class,
                () -> member.as(
                        w.membersA().get(1).email(), () -> actions.reportProgress(action, "Not my action", null)));
        assertThrows(
                InvalidInputException.class,
                () -> member.as(holder, () -> actions.reportProgress(action, "Wrong meeting", w.heldB())));
        member.as(holder, () -> actions.reportProgress(action, "Finance agreed to look.", w.heldA()));
        member.run(holder, () -> actions.mark(action, carried.version(), ActionStatus.DONE));
        IssueViews.ActionView done =
                member.as(holder, () -> issues.view(issue)).actions().get(0);
        assertEquals("DONE", done.status());
        assertEquals(
                List.of("Finance agreed to look."),
                done.progress().stream().map(IssueViews.ProgressView::note).toList(),
                "refused reports left nothing behind");

        long version = member.as(holder, () -> issues.view(issue)).version();
        assertThrows(
                AccessDeniedException.class,
                () -> member.run(w.membersA().get(1).email(), () -> issues.close(issue, version, IssueStatus.DROPPED)));
        member.run(holder, () -> issues.close(issue, version, IssueStatus.RESOLVED));
        long closedVersion = member.as(holder, () -> issues.view(issue)).version();
        assertEquals(
                "This issue is already resolved.",
                assertThrows(
                                StateException.class,
                                () -> member.run(holder, () -> issues.close(issue, closedVersion, IssueStatus.DROPPED)))
                        .getMessage());
        assertEquals("RESOLVED", member.as(holder, () -> issues.view(issue)).status());
        assertFalse(member.as(holder, () -> myIssues.history(issue)).canClose());
    }

    @Test
    void theLearningLogIsWrittenAfterAHeldMeetingSearchedAndKeptPrivate() throws Exception {
        World w = world();
        String author = w.holder().email();
        String word = "zebra" + UUID.randomUUID().toString().substring(0, 6);
        List<String> choices = member.as(author, () -> learning.meetingChoices()).stream()
                .map(c -> c.id())
                .toList();
        assertTrue(choices.contains(w.heldA()));
        assertFalse(choices.contains(w.plannedA()), "only held meetings");
        assertFalse(choices.contains(w.heldB()), "only my sets' meetings");

        String entry = member.as(author, () -> learning.write(w.heldA(), "I listened for the " + word + ".", null));
        member.as(author, () -> learning.write(null, "Something else entirely.", "Ask first."));
        assertEquals(
                "A reflection is written after a meeting; that one has not been held.",
                assertThrows(
                                StateException.class,
                                () -> member.as(author, () -> learning.write(w.plannedA(), "Too early", null)))
                        .getMessage());
        assertThrows(
                AccessDeniedException.class,
                () -> member.as(author, () -> learning.write(w.heldB(), "Another set", null)));

        List<LearningLogService.EntryView> found = member.as(author, () -> learning.mine(word.toUpperCase()));
        assertEquals(
                List.of(entry),
                found.stream().map(LearningLogService.EntryView::id).toList());
        assertTrue(
                found.get(0).meetingLabel().startsWith("Set A, meeting 1 ("),
                found.get(0).meetingLabel());
        assertEquals(2, member.as(author, () -> learning.mine(null)).size());
        assertEquals(
                List.of(),
                member.as(w.membersA().get(1).email(), () -> learning.mine(word)),
                "another member's search never finds my entries");

        long version = found.get(0).version();
        assertThrows(
                AccessDeniedException.class,
                () -> member.run(w.membersA().get(1).email(), () -> learning.rewrite(entry, version, "Changed", null)));
        assertThrows(
                AccessDeniedException.class,
                () -> facilitator.as(w.facilitatorA().email(), () -> learning.view(entry)));
        member.run(author, () -> learning.rewrite(entry, version, "I listened for the " + word + " again.", "Wait."));
        assertThrows(
                ConflictException.class,
                () -> member.run(author, () -> learning.rewrite(entry, version, "Stale", null)));
        LearningLogService.EntryView after = member.as(author, () -> learning.view(entry));
        assertEquals("I listened for the " + word + " again.", after.whatILearned());
        assertEquals("Wait.", after.whatIWillDoDifferently());
        String stored = stored("select what_i_learned from learning_log_entry where id = ?", entry);
        assertTrue(stored.startsWith("v2:") && !stored.contains(word), stored);
    }

    @Test
    void membersAnswerThePulseAndReviewOnceForAHeldMeetingAndOnlyTheyReadTheirAnswers() throws Exception {
        World w = world();
        String author = w.holder().email();
        String secret = "The quiet " + UUID.randomUUID().toString().substring(0, 6);
        MeetingReviewViews.ReviewForm empty = member.as(author, () -> reviews.form(w.heldA()));
        assertNull(empty.mine());
        assertEquals(1, empty.number());
        assertTrue(member.as(author, () -> reviews.reviewable()).stream()
                .anyMatch(r -> r.meetingId().equals(w.heldA()) && !r.answered()));

        String review = member.as(author, () -> reviews.respond(w.heldA(), 4, secret, "Phones", "Ask open questions"));
        MeetingReviewViews.MyReview mine =
                member.as(author, () -> reviews.form(w.heldA())).mine();
        assertEquals(4, mine.pulse());
        assertEquals(secret, mine.whatHelped());
        assertTrue(member.as(author, () -> reviews.reviewable()).stream()
                .anyMatch(r -> r.meetingId().equals(w.heldA()) && r.answered()));
        assertEquals(
                "You have already answered for this meeting; change your answers instead.",
                assertThrows(
                                StateException.class,
                                () -> member.as(author, () -> reviews.respond(w.heldA(), 1, "Again", null, null)))
                        .getMessage());
        assertTrue(assertThrows(StateException.class, () -> member.as(author, () -> reviews.form(w.plannedA())))
                .getMessage()
                .startsWith("This meeting has not been held yet."));
        assertThrows(
                StateException.class,
                () -> member.as(author, () -> reviews.respond(w.plannedA(), 3, null, null, null)));
        assertThrows(
                AccessDeniedException.class,
                () -> member.as(author, () -> reviews.form(w.heldB())),
                "another set's meeting");
        assertThrows(
                AccessDeniedException.class,
                () -> member.as(author, () -> reviews.respond(w.heldB(), 3, null, null, null)));
        assertThrows(
                AccessDeniedException.class,
                () -> member.as(w.notAgreed().email(), () -> reviews.respond(w.heldA(), 3, null, null, null)),
                "ground rules not agreed");
        assertThrows(NotFoundException.class, () -> member.as(author, () -> reviews.form("not-an-id")));
        assertThrows(
                EJBException.class,
                () -> member.as(author, () -> reviews.respond(w.heldA(), 6, null, null, null)),
                "a score out of range");

        // Someone else's review, a stale version: refused, unchanged.
        assertThrows(
                AccessDeniedException.class,
                () -> member.run(
                        w.membersA().get(1).email(),
                        () -> reviews.revise(review, mine.version(), 1, "Changed", null, null)));
        member.run(author, () -> reviews.revise(review, mine.version(), 5, secret, null, "Ask open questions"));
        assertThrows(
                ConflictException.class,
                () -> member.run(author, () -> reviews.revise(review, mine.version(), 1, "Stale", null, null)));
        MeetingReviewViews.MyReview revised =
                member.as(author, () -> reviews.form(w.heldA())).mine();
        assertEquals(5, revised.pulse());
        assertNull(revised.whatGotInTheWay());

        // A member who joined after the meeting has nothing to review.
        TestPerson late = memberOf(w.lead(), w.setA());
        member.run(late.email(), () -> groundRules.agree(w.setA(), 1));
        execute(
                "update membership set joined_at = ? where person_id = ?",
                Timestamp.from(Instant.parse("2028-01-01T00:00:00Z")),
                late.id());
        assertThrows(AccessDeniedException.class, () -> member.as(late.email(), () -> reviews.form(w.heldA())));
        assertTrue(member.as(late.email(), () -> reviews.reviewable()).isEmpty());

        // At rest, the answers are ciphertext bound to their row; key rotation re-encrypts them without loss.
        String stored = stored("select what_helped from meeting_review where id = ?", review);
        assertTrue(stored.startsWith("v2:") && !stored.contains("quiet"), stored);
        KeyRotationService.Rotation rotation = admin.as(w.lead().email(), () -> keyRotation.rotate());
        assertEquals(
                rotation.newKeyId(),
                TextCipher.keyIdOf(stored("select what_helped from meeting_review " + "where id = ?", review)));
        assertEquals(
                secret, member.as(author, () -> reviews.form(w.heldA())).mine().whatHelped());

        // A withdrawn member can no longer see or change their review.
        admin.run(
                w.lead().email(),
                () -> memberships.withdraw(w.setA(), w.holder().id(), "Left the trust"));
        assertThrows(AccessDeniedException.class, () -> member.as(author, () -> reviews.form(w.heldA())));
        assertThrows(
                AccessDeniedException.class,
                () -> member.run(
                        author, () -> reviews.revise(review, revised.version(), 1, "After leaving", null, null)));
        assertEquals(5, pulseStored(review), "unchanged");
    }

    @Test
    void theFacilitatorSeesOnlyTheAnonymousPulseAndOnlyFromThreeAnswers() throws Exception {
        World w = world();
        member.as(w.membersA().get(0).email(), () -> reviews.respond(w.heldA(), 5, "Private one", null, null));
        member.as(w.membersA().get(1).email(), () -> reviews.respond(w.heldA(), 2, null, "Private two", null));
        MeetingReviewViews.MeetingPulse two = facilitator.as(w.facilitatorA().email(), () -> reviews.pulse(w.heldA()));
        assertEquals(2, two.summary().responses());
        assertFalse(two.summary().shown(), "two answers would point at people");
        assertEquals(5, two.membersAtMeeting());

        member.as(w.membersA().get(2).email(), () -> reviews.respond(w.heldA(), 4, null, null, "Private three"));
        MeetingReviewViews.MeetingPulse three =
                facilitator.as(w.facilitatorA().email(), () -> reviews.pulse(w.heldA()));
        assertEquals(3, three.summary().responses());
        assertEquals(3.7, three.summary().average());
        assertEquals(List.of(0, 1, 0, 1, 1), three.summary().distribution());
        assertFalse(
                three.toString().contains("Private")
                        || three.toString().contains(w.membersA().get(0).name() + " "),
                "no text, no names: " + three);

        assertThrows(
                AccessDeniedException.class,
                () -> facilitator.as(w.facilitatorB().email(), () -> reviews.pulse(w.heldA())),
                "another set's facilitator");
        assertThrows(
                EJBAccessException.class,
                () -> member.as(w.membersA().get(0).email(), () -> reviews.pulse(w.heldA())),
                "members see their own answers, not the pulse");
        assertThrows(EJBAccessException.class, () -> admin.as(w.lead().email(), () -> reviews.pulse(w.heldA())));
        assertThrows(
                EJBAccessException.class,
                () -> facilitator.as(w.facilitatorA().email(), () -> reviews.form(w.heldA())),
                "a facilitator does not answer as a member");
        assertTrue(
                facilitator.as(w.facilitatorA().email(), () -> audit.ofSet(w.setA())).stream()
                        .noneMatch(a -> a.recordType().equals("MEETING_REVIEW")),
                "the set's audit does not say who answered");
    }

    /**
     * Everything a member or facilitator types inside a set, and every outgoing message, is ciphertext at rest: a marker
     * written through the services into each such field (issue title and narrative, action, progress note, ground rules,
     * both learning-log answers, the three review answers, both evaluation answers, the pulse take-away, an outbox
     * message's address, name, subject and text) is found in no column of any table (read back with plain JDBC), and,
     * on Derby, in none of the database's data and log files after a checkpoint (on PostgreSQL, in none of the database's
     * files and the write-ahead log after a CHECKPOINT, where the test's superuser and the file permissions allow). A
     * second marker typed into a plain column (a set's name) is found in both places, so the search would see a leak.
     */
    @Test
    void everythingTypedInASetIsCiphertextInEveryColumnAndOnDisk() throws Exception {
        World w = world();
        String hex = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String secret = "secret" + hex;
        String plain = "plain" + hex;
        String holder = w.holder().email();
        String issue = member.as(holder, () -> issues.raise(w.setA(), "Title " + secret, "Narrative " + secret));
        String action = member.as(holder, () -> actions.agree(issue, "Action " + secret, null, null));
        member.as(holder, () -> actions.reportProgress(action, "Progress " + secret, null));
        member.as(holder, () -> learning.write(w.heldA(), "Learned " + secret, "Differently " + secret));
        member.as(
                holder,
                () -> reviews.respond(w.heldA(), 4, "Helped " + secret, "Hindered " + secret, "Learned " + secret));
        admin.run(w.lead().email(), () -> evaluation.open(w.programmeId()));
        member.run(
                holder,
                () -> evaluation.answer(
                        w.programmeId(), Map.of("PEER_SUPPORT", 5), "Difference " + secret, "Change " + secret));
        admin.run(w.lead().email(), () -> benefitsPulse.offer(w.programmeId(), true));
        member.run(holder, () -> benefitsPulse.answer(w.heldA(), Map.of("PEER_SUPPORT", 4), "Take-away " + secret));
        // Last of the set's writes: changed rules must be agreed again before members add anything more.
        facilitator.run(w.facilitatorA().email(), () -> groundRules.record(w.setA(), "Rules naming " + secret));
        mailer.send(List.of(
                new OutgoingMail(secret + "@example.org", "Name " + secret, "Subject " + secret, "Text " + secret)));
        admin.as(w.lead().email(), () -> sets.create(w.programmeId(), "Set " + plain));

        assertEquals(List.of(), columnsHolding(secret), "no column holds the typed text in clear");
        // A set's name is plain data, and the programme's history names the set it created.
        assertEquals(
                List.of("learning_set.name", "programme_change.detail"),
                columnsHolding(plain),
                "the search finds text stored in clear");

        List<Path> files = databaseFiles();
        if (files.isEmpty()) {
            System.out.println("MemberReflectionServicesIT: the database's files are not readable here; the JDBC "
                    + "check above stands alone");
            return;
        }
        assertEquals(List.of(), filesHolding(files, secret), "no database file holds the typed text in clear");
        assertFalse(filesHolding(files, plain).isEmpty(), "the file search finds text stored in clear");
        System.out.println("MemberReflectionServicesIT: " + files.size() + " database files searched; the typed "
                + "text is in none, the plain set name in "
                + filesHolding(files, plain).size());
    }

    /** Every text column of every table of the application's schema whose value contains {@code marker}. */
    private List<String> columnsHolding(String marker) throws SQLException {
        List<String> holding = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet r = meta.getColumns(null, c.getSchema(), "%", "%")) {
                while (r.next()) {
                    int type = r.getInt("DATA_TYPE");
                    if (type == java.sql.Types.VARCHAR
                            || type == java.sql.Types.CHAR
                            || type == java.sql.Types.CLOB
                            || type == java.sql.Types.LONGVARCHAR) {
                        columns.add(new String[] {r.getString("TABLE_NAME"), r.getString("COLUMN_NAME")});
                    }
                }
            }
            assertTrue(columns.size() > 50, "the schema's text columns were found: " + columns.size());
            for (String[] column : columns) {
                // Quoted, as the metadata spells them (Flyway's own table is lower case in Derby too).
                try (PreparedStatement s = c.prepareStatement(
                        "select count(*) from \"" + column[0] + "\" where \"" + column[1] + "\" like ?")) {
                    s.setString(1, "%" + marker + "%");
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        if (r.getInt(1) > 0) {
                            holding.add((column[0] + "." + column[1]).toLowerCase());
                        }
                    }
                }
            }
        }
        holding.sort(null);
        return holding;
    }

    /**
     * The files the database keeps its tables and log in, once it has written everything out: Derby's seg0 and log
     * under the data directory; PostgreSQL's database folder and write-ahead log (needs the test's superuser from
     * LEARNINGSETS_TEST_PG_ADMIN_* and permission to read them). Empty when they cannot be read here.
     */
    private List<Path> databaseFiles() throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            if (c.getMetaData().getDatabaseProductName().contains("Derby")) {
                try (Statement s = c.createStatement()) {
                    s.execute("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()");
                }
                Path derby =
                        Path.of(ConfigProvider.getConfig().getValue("learningsets.data.dir", String.class), "derby");
                List<Path> files = filesUnder(derby.resolve("seg0"));
                files.addAll(filesUnder(derby.resolve("log")));
                assertFalse(files.isEmpty(), "Derby's files under " + derby);
                return files;
            }
            String url = c.getMetaData().getURL();
            String admin = System.getenv("LEARNINGSETS_TEST_PG_ADMIN_USER");
            if (admin == null) {
                return List.of();
            }
            try (Connection superuser = DriverManager.getConnection(
                            url, admin, System.getenv("LEARNINGSETS_TEST_PG_ADMIN_PASSWORD"));
                    Statement s = superuser.createStatement()) {
                s.execute("CHECKPOINT");
                String dataDirectory;
                String databaseOid;
                try (ResultSet r = s.executeQuery("select current_setting('data_directory'), "
                        + "(select oid from pg_database where datname = current_database())")) {
                    r.next();
                    dataDirectory = r.getString(1);
                    databaseOid = r.getString(2);
                }
                Path folder = Path.of(dataDirectory, "base", databaseOid);
                if (!Files.isReadable(folder)) {
                    return List.of();
                }
                List<Path> files = filesUnder(folder);
                files.addAll(filesUnder(Path.of(dataDirectory, "pg_wal")));
                return files;
            }
        }
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return new ArrayList<>();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return new ArrayList<>(files.filter(Files::isRegularFile).toList());
        }
    }

    private static List<Path> filesHolding(List<Path> files, String marker) throws IOException {
        byte[] wanted = marker.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        List<Path> holding = new ArrayList<>();
        for (Path file : files) {
            if (indexOf(Files.readAllBytes(file), wanted) >= 0) {
                holding.add(file);
            }
        }
        return holding;
    }

    private static int indexOf(byte[] data, byte[] wanted) {
        outer:
        for (int i = 0; i <= data.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (data[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private void insertBidAndRound(String meetingId, String issueId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("insert into time_bid (id, version, meeting_id, issue_id, "
                    + "minutes_wanted, agenda_position, minutes_booked) values (?, 0, ?, ?, 30, 1, 25)")) {
                s.setString(1, UUID.randomUUID().toString());
                s.setString(2, meetingId);
                s.setString(3, issueId);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into al_round (id, version, meeting_id, issue_id, "
                    + "started_at, ended_at) values (?, 0, ?, ?, ?, ?)")) {
                s.setString(1, UUID.randomUUID().toString());
                s.setString(2, meetingId);
                s.setString(3, issueId);
                s.setTimestamp(4, Timestamp.from(Instant.parse("2027-01-12T14:15:00Z")));
                s.setTimestamp(5, Timestamp.from(Instant.parse("2027-01-12T14:45:00Z")));
                s.executeUpdate();
            }
        }
    }

    /** No service holds a meeting yet (the facilitator's meeting pages will); the test records it directly. */
    private void markHeld(String meetingId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update meeting set status = 'HELD' where id = ?")) {
            s.setString(1, meetingId);
            assertEquals(1, s.executeUpdate());
        }
    }

    private void execute(String sql, Timestamp value, String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, value);
            s.setString(2, id);
            assertEquals(1, s.executeUpdate());
        }
    }

    private String stored(String sql, String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }

    private int pulseStored(String reviewId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select pulse from meeting_review where id = ?")) {
            s.setString(1, reviewId);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getInt(1);
            }
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
