package org.learningsets.ejb.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.confidentiality.SetContentAccess;
import org.learningsets.ejb.issue.IssueService;
import org.learningsets.ejb.meeting.PreparationViews.AgendaItem;
import org.learningsets.ejb.meeting.PreparationViews.BidView;
import org.learningsets.ejb.meeting.PreparationViews.DraftAgenda;
import org.learningsets.ejb.meeting.PreparationViews.IssueChoice;
import org.learningsets.ejb.meeting.PreparationViews.MeetingPreparation;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.platform.Versions;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.ConflictException;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.issue.IssueStatus;
import org.learningsets.model.meeting.Attendance;
import org.learningsets.model.meeting.AttendanceStatus;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.meeting.TimeBid;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;

/**
 * Bidding for time: before a meeting, members ask for minutes on an issue (a new one, or one of their open issues
 * carried over); the bids make the draft agenda the set agrees at the meeting. Only agreed members of the
 * meeting's set bid, only for a planned meeting still to come, one bid per issue per meeting.
 */
@Stateless
@RolesAllowed(Role.MEMBER_NAME)
public class BidService {

    private static final String MIN_MESSAGE = "Ask for at least " + TimeBid.MIN_MINUTES + " minutes.";
    private static final String MAX_MESSAGE = "Ask for at most " + TimeBid.MAX_MINUTES + " minutes.";

    @PersistenceContext
    EntityManager em;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    Callers callers;

    @Inject
    MeetingGate gate;

    @Inject
    SetContentAccess content;

    @EJB
    IssueService issues;

    /** The prepare page: the meeting, my bids, my open issues without a bid, my apologies, the draft agenda. */
    public MeetingPreparation prepare(@NotNull String meetingId) {
        Person me = callers.person();
        Meeting meeting = gate.forAgreedMember(meetingId, me);
        List<TimeBid> mine = myBids(meeting, me);
        Set<Issue> bidOn = mine.stream().map(TimeBid::getIssue).collect(Collectors.toSet());
        TextCipher cipher = keys.cipher();
        List<IssueChoice> carriedOver = myOpenIssues(meeting, me).stream()
                .filter(i -> !bidOn.contains(i))
                .map(i -> new IssueChoice(i.getId(), i.readTitle(cipher)))
                .toList();
        // Titles are stored encrypted, so they are sorted here, once decrypted.
        List<BidView> myBids = mine.stream()
                .map(b -> view(b, cipher))
                .sorted(Comparator.comparing(BidView::issueTitle))
                .toList();
        return new MeetingPreparation(
                MeetingDetails.of(meeting),
                gate.isOpen(meeting),
                myBids,
                carriedOver,
                hasApologies(meeting, me),
                agendaOf(meeting, me, cipher),
                TimeBid.MIN_MINUTES,
                Math.min(TimeBid.MAX_MINUTES, meeting.getDurationMinutes()));
    }

    /** Raises a new issue (as {@link IssueService#raise} does) and bids for time on it, in one step. */
    public String bidOnNewIssue(
            @NotNull String meetingId,
            @NotBlank(message = "Give the issue a short title.")
                    @Size(max = FieldLengths.NAME, message = "Keep the title to " + FieldLengths.NAME + " characters.")
                    String title,
            @Size(
                            max = FieldLengths.LONG_TEXT,
                            message = "Keep the narrative to " + FieldLengths.LONG_TEXT + " characters.")
                    String narrative,
            @Min(value = TimeBid.MIN_MINUTES, message = MIN_MESSAGE)
                    @Max(value = TimeBid.MAX_MINUTES, message = MAX_MESSAGE)
                    int minutesWanted) {
        Person me = callers.person();
        Meeting meeting = openForBids(meetingId, me);
        String issueId = issues.raise(meeting.getSet().getId(), title, narrative);
        return place(meeting, content.issueForReader(issueId, me), minutesWanted);
    }

    /** Bids for time on one of my own open issues of the meeting's set: an issue carried over. */
    public String bidOnIssue(
            @NotNull String meetingId,
            @NotNull String issueId,
            @Min(value = TimeBid.MIN_MINUTES, message = MIN_MESSAGE)
                    @Max(value = TimeBid.MAX_MINUTES, message = MAX_MESSAGE)
                    int minutesWanted) {
        Person me = callers.person();
        Meeting meeting = openForBids(meetingId, me);
        Issue issue = content.issueHeldIn(
                meeting.getSet(),
                issueId,
                me,
                "You can bid for time on your own issues of " + meeting.getSet().getName() + " only.");
        if (issue.getStatus() != IssueStatus.OPEN) {
            throw new StateException("\"" + issue.readTitle(keys.cipher()) + "\" is "
                    + org.learningsets.model.common.Labels.of(issue.getStatus()).toLowerCase()
                    + "; bid on an open issue, or raise a new one.");
        }
        return place(meeting, issue, minutesWanted);
    }

    public void changeMinutes(
            @NotNull String bidId,
            long expectedVersion,
            @Min(value = TimeBid.MIN_MINUTES, message = MIN_MESSAGE)
                    @Max(value = TimeBid.MAX_MINUTES, message = MAX_MESSAGE)
                    int minutesWanted) {
        TimeBid bid = myOpenBid(bidId, expectedVersion);
        bid.changeMinutes(minutesWanted);
    }

    /** Takes my bid off the draft agenda before the meeting; the issue itself stays open. */
    public void withdraw(@NotNull String bidId, long expectedVersion) {
        TimeBid bid = myOpenBid(bidId, expectedVersion);
        if (bid.isBooked()) {
            throw new StateException("The set has already booked time for this issue; tell the facilitator at "
                    + "check-in if you no longer need it.");
        }
        em.remove(bid);
    }

    /** The draft agenda: for the set's agreed members and its facilitators. */
    @RolesAllowed({Role.MEMBER_NAME, Role.FACILITATOR_NAME})
    public DraftAgenda agenda(@NotNull String meetingId) {
        Person me = callers.person();
        Meeting meeting = content.meetingForReader(meetingId, me);
        return agendaOf(meeting, me, keys.cipher());
    }

    private Meeting openForBids(String meetingId, Person me) {
        Meeting meeting = gate.openForAgreedMember(meetingId, me);
        if (hasApologies(meeting, me)) {
            throw new StateException(
                    "You have sent apologies for this meeting; withdraw them first if you can " + "come after all.");
        }
        return meeting;
    }

    private String place(Meeting meeting, Issue issue, int minutesWanted) {
        if (em.createNamedQuery("TimeBid.countOfMeetingAndIssue", Long.class)
                        .setParameter("meeting", meeting)
                        .setParameter("issue", issue)
                        .getSingleResult()
                > 0) {
            throw new ConflictException("You have already bid for time on \"" + issue.readTitle(keys.cipher())
                    + "\" at this " + "meeting; change the minutes of that bid instead.");
        }
        TimeBid bid = new TimeBid(meeting, issue, minutesWanted);
        em.persist(bid);
        return bid.getId();
    }

    private TimeBid myOpenBid(String bidId, long expectedVersion) {
        Person me = callers.person();
        TimeBid bid = Find.byId(em, TimeBid.class, bidId, "The bid");
        gate.forAgreedMember(bid.getMeeting().getId(), me);
        if (!bid.getIssue().getHolder().equals(me)) {
            throw new AccessDeniedException(
                    "Only " + bid.getIssue().getHolder().getFullName() + ", who made this bid, can change it.");
        }
        gate.requireOpen(bid.getMeeting());
        Versions.check(bid, expectedVersion, "Your bid");
        return bid;
    }

    private DraftAgenda agendaOf(Meeting meeting, Person reader, TextCipher cipher) {
        List<AgendaItem> items = new ArrayList<>();
        for (TimeBid b : em.createNamedQuery("TimeBid.ofMeeting", TimeBid.class)
                .setParameter("meeting", meeting)
                .getResultList()) {
            Person holder = b.getIssue().getHolder();
            items.add(new AgendaItem(
                    items.size() + 1,
                    b.getIssue().readTitle(cipher),
                    holder.getFullName(),
                    b.getMinutesWanted(),
                    b.getMinutesBooked(),
                    holder.equals(reader)));
        }
        return new DraftAgenda(meeting.getId(), meeting.getDurationMinutes(), List.copyOf(items));
    }

    private List<TimeBid> myBids(Meeting meeting, Person me) {
        return em.createNamedQuery("TimeBid.ofMeetingAndHolder", TimeBid.class)
                .setParameter("meeting", meeting)
                .setParameter("holder", me)
                .getResultList();
    }

    private List<Issue> myOpenIssues(Meeting meeting, Person me) {
        return em.createQuery(
                        "select i from Issue i where i.set = :set and i.holder = :holder and i.status = "
                                + "org.learningsets.model.issue.IssueStatus.OPEN order by i.raisedAt",
                        Issue.class)
                .setParameter("set", meeting.getSet())
                .setParameter("holder", me)
                .getResultList();
    }

    private boolean hasApologies(Meeting meeting, Person me) {
        return em.createNamedQuery("Attendance.ofMeetingAndPerson", Attendance.class)
                .setParameter("meeting", meeting)
                .setParameter("person", me)
                .getResultStream()
                .anyMatch(a -> a.getStatus() == AttendanceStatus.APOLOGIES);
    }

    private static BidView view(TimeBid b, TextCipher cipher) {
        return new BidView(
                b.getId(),
                b.getVersion(),
                b.getIssue().getId(),
                b.getIssue().readTitle(cipher),
                b.getMinutesWanted(),
                b.getMinutesBooked());
    }
}
