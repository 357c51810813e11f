package org.learningsets.ejb.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.learningsets.ejb.confidentiality.AuditTrail;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.confidentiality.SetAccess;
import org.learningsets.ejb.confidentiality.SetContentAccess;
import org.learningsets.ejb.meeting.MeetingChoice;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.platform.Versions;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.AuditAction;
import org.learningsets.model.confidentiality.AuditedRecord;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.evaluation.MeetingReview;
import org.learningsets.model.evaluation.PulseSummary;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;

/**
 * The end-of-meeting pulse ("how well did we work together today?", 1 to 5) and process review (what helped, what
 * got in the way, what I learned): one per member per held meeting, for members of the set at that meeting who
 * are still in it and agreed its ground rules. The answers are the author's alone: the facilitator sees the pulse
 * only as a count, an average and a distribution (none of them below three answers), never who gave which score
 * and never the text. Reads and changes are audited without a set, like the learning log, so the set's audit does
 * not show the facilitator who answered either.
 */
@Stateless
@RolesAllowed(Role.MEMBER_NAME)
public class MeetingReviewService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    SetAccess access;

    @Inject
    SetContentAccess content;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The meeting and the caller's answers so far; refused unless the caller may answer for that meeting. */
    public MeetingReviewViews.ReviewForm form(@NotNull String meetingId) {
        Meeting meeting = Find.byId(em, Meeting.class, meetingId, "The meeting");
        Person me = callers.person();
        MeetingRespondents.require(em, content, meeting, me);
        MeetingReviewViews.MyReview mine = existing(meeting, me).map(this::view).orElse(null);
        return new MeetingReviewViews.ReviewForm(
                meeting.getId(), meeting.getSet().getName(), meeting.getSequenceNumber(), meeting.getStart(), mine);
    }

    public String respond(
            @NotNull String meetingId,
            @Min(value = MeetingReview.LOWEST, message = "Choose how well we worked together, from 1 to 5.")
                    @Max(value = MeetingReview.HIGHEST, message = "Choose how well we worked together, from 1 to 5.")
                    int pulse,
            @Size(max = FieldLengths.LONG_TEXT) String whatHelped,
            @Size(max = FieldLengths.LONG_TEXT) String whatGotInTheWay,
            @Size(max = FieldLengths.LONG_TEXT) String whatILearned) {
        Meeting meeting = Find.byIdForUpdate(em, Meeting.class, meetingId, "The meeting");
        Person me = callers.person();
        MeetingRespondents.require(em, content, meeting, me);
        if (existing(meeting, me).isPresent()) {
            throw new StateException("You have already answered for this meeting; change your answers instead.");
        }
        MeetingReview review = new MeetingReview(
                meeting, me, pulse, whatHelped, whatGotInTheWay, whatILearned, clock.instant(), keys.cipher());
        em.persist(review);
        audit.record(null, me, AuditAction.CREATE, AuditedRecord.MEETING_REVIEW, review.getId());
        return review.getId();
    }

    /** Only the author changes their answers, and only while they may still answer for that meeting. */
    public void revise(
            @NotNull String reviewId,
            long expectedVersion,
            @Min(value = MeetingReview.LOWEST, message = "Choose how well we worked together, from 1 to 5.")
                    @Max(value = MeetingReview.HIGHEST, message = "Choose how well we worked together, from 1 to 5.")
                    int pulse,
            @Size(max = FieldLengths.LONG_TEXT) String whatHelped,
            @Size(max = FieldLengths.LONG_TEXT) String whatGotInTheWay,
            @Size(max = FieldLengths.LONG_TEXT) String whatILearned) {
        MeetingReview review = Find.byId(em, MeetingReview.class, reviewId, "The review");
        Person me = callers.person();
        if (!review.getAuthor().equals(me)) {
            throw new AccessDeniedException(
                    "A process review can be seen and changed only by the person who " + "wrote it.");
        }
        MeetingRespondents.require(em, content, review.getMeeting(), me);
        Versions.check(review, expectedVersion, "Your review");
        review.revise(pulse, whatHelped, whatGotInTheWay, whatILearned, clock.instant(), keys.cipher());
        audit.record(null, me, AuditAction.CHANGE, AuditedRecord.MEETING_REVIEW, review.getId());
    }

    /** The held meetings of the caller's sets that they can review, newest first. */
    public List<MeetingReviewViews.ReviewableMeeting> reviewable() {
        Person me = callers.person();
        List<LearningSet> sets = List.copyOf(access.agreedCurrentRulesOf(
                em.createNamedQuery("Membership.activeSetsOf", LearningSet.class)
                        .setParameter("person", me)
                        .getResultList(),
                me));
        if (sets.isEmpty()) {
            return List.of();
        }
        Set<String> answered = new HashSet<>(em.createNamedQuery("MeetingReview.meetingsAnsweredBy", String.class)
                .setParameter("author", me)
                .getResultList());
        return em.createNamedQuery("Meeting.heldOfSets", Meeting.class)
                .setParameter("sets", sets)
                .getResultStream()
                .filter(m -> MeetingRespondents.wasMemberAt(em, m, me))
                .map(m -> new MeetingReviewViews.ReviewableMeeting(
                        m.getId(), MeetingChoice.of(m).label(), answered.contains(m.getId())))
                .toList();
    }

    /** For the set's current facilitators: the meeting's pulse, anonymous and aggregated. */
    @RolesAllowed(Role.FACILITATOR_NAME)
    public MeetingReviewViews.MeetingPulse pulse(@NotNull String meetingId) {
        Meeting meeting = content.meetingForFacilitator(meetingId, callers.person());
        List<Integer> scores = em.createNamedQuery("MeetingReview.scoresOfMeeting", Integer.class)
                .setParameter("meeting", meeting)
                .getResultList();
        long members = em.createNamedQuery("Membership.countActiveOfSet", Long.class)
                .setParameter("set", meeting.getSet())
                .getSingleResult();
        return new MeetingReviewViews.MeetingPulse(
                meeting.getId(),
                meeting.getSet().getName(),
                meeting.getSequenceNumber(),
                meeting.getStart(),
                members,
                PulseSummary.of(scores));
    }

    private java.util.Optional<MeetingReview> existing(Meeting meeting, Person me) {
        return em.createNamedQuery("MeetingReview.ofMeetingAndAuthor", MeetingReview.class)
                .setParameter("meeting", meeting)
                .setParameter("author", me)
                .getResultStream()
                .findFirst();
    }

    private MeetingReviewViews.MyReview view(MeetingReview r) {
        TextCipher cipher = keys.cipher();
        audit.record(null, r.getAuthor(), AuditAction.READ, AuditedRecord.MEETING_REVIEW, r.getId());
        return new MeetingReviewViews.MyReview(
                r.getId(),
                r.getVersion(),
                r.getPulse(),
                r.readWhatHelped(cipher),
                r.readWhatGotInTheWay(cipher),
                r.readWhatILearned(cipher),
                r.getAnsweredAt());
    }
}
