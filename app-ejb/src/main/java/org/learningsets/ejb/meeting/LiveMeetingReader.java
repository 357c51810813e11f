package org.learningsets.ejb.meeting;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.learningsets.ejb.confidentiality.AuditTrail;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.confidentiality.ShownRecords;
import org.learningsets.ejb.meeting.LiveMeetingViews.AgendaLine;
import org.learningsets.ejb.meeting.LiveMeetingViews.CapturedAction;
import org.learningsets.ejb.meeting.LiveMeetingViews.CheckInAction;
import org.learningsets.ejb.meeting.LiveMeetingViews.CheckInMember;
import org.learningsets.ejb.meeting.LiveMeetingViews.LiveMeeting;
import org.learningsets.ejb.meeting.LiveMeetingViews.RunningRound;
import org.learningsets.model.action.Action;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.confidentiality.AuditAction;
import org.learningsets.model.confidentiality.AuditedRecord;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.meeting.Attendance;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.meeting.MeetingRun;
import org.learningsets.model.meeting.MeetingStage;
import org.learningsets.model.meeting.MeetingStatus;
import org.learningsets.model.meeting.Round;
import org.learningsets.model.meeting.TimeBid;
import org.learningsets.model.person.Person;
import org.learningsets.model.set.FacilitatorAssignment;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.Membership;
import org.learningsets.model.set.SetState;

/**
 * Builds the live meeting page for one caller in a fixed number of queries. Confidential text (actions) is
 * decrypted, and its reading audited, only where the stage shows it: check-in, and the running round. A read is
 * audited once per page and version ({@link ShownRecords}): every screen of a meeting re-reads it at each change.
 */
@Dependent
public class LiveMeetingReader {

    private static final java.time.format.DateTimeFormatter EARLY = java.time.format.DateTimeFormatter.ofPattern(
                    "EEEE d MMMM yyyy 'at' HH:mm", java.util.Locale.UK)
            .withZone(TimeZones.LONDON);

    @PersistenceContext
    EntityManager em;

    @Inject
    MeetingControls controls;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    LiveMeeting read(Meeting meeting, Person me, ShownRecords shown) {
        LearningSet set = meeting.getSet();
        MeetingRun run = controls.runOf(meeting).orElse(null);
        MeetingStage stage = run == null ? null : run.getStage();
        List<Person> members = em.createNamedQuery("Membership.activeOfSet", Membership.class)
                .setParameter("set", set)
                .getResultStream()
                .map(Membership::getPerson)
                .toList();
        List<Person> facilitators = em.createNamedQuery(
                        "FacilitatorAssignment.currentOfSet", FacilitatorAssignment.class)
                .setParameter("set", set)
                .getResultStream()
                .map(FacilitatorAssignment::getPerson)
                .toList();
        // From the list just read (the query SetAccess.isCurrentFacilitator runs): every screen re-reads at each
        // change, and asking the database again for each control cost up to three more statements a read.
        boolean facilitator = facilitators.contains(me);
        boolean selfFacilitating = set.getState() == SetState.SELF_FACILITATING;
        boolean ended = stage == MeetingStage.ENDED;
        boolean mayTakeControls = controls.mayTakeControls(meeting, me, facilitator);
        boolean canControl = run != null && !ended && mayTakeControls;
        Map<Person, String> attendance = new HashMap<>();
        em.createNamedQuery("Attendance.ofMeeting", Attendance.class)
                .setParameter("meeting", meeting)
                .getResultStream()
                .forEach(a -> attendance.put(a.getPerson(), a.getStatus().name()));

        Map<Person, List<CheckInAction>> actions =
                stage == MeetingStage.CHECK_IN ? checkInActions(set, me, facilitator, shown) : Map.of();
        List<CheckInMember> checkIn = members.stream()
                .map(p -> new CheckInMember(
                        p.getId(), p.getFullName(), attendance.get(p), actions.getOrDefault(p, List.of())))
                .toList();

        List<Round> rounds = em.createNamedQuery("Round.ofMeeting", Round.class)
                .setParameter("meeting", meeting)
                .getResultList();
        List<TimeBid> bids = em.createNamedQuery("TimeBid.ofMeeting", TimeBid.class)
                .setParameter("meeting", meeting)
                .getResultList();
        TextCipher cipher = keys.cipher();
        List<AgendaLine> agenda = bids.stream()
                .map(b -> new AgendaLine(
                        b.getId(),
                        b.getVersion(),
                        b.getIssue().getId(),
                        b.getIssue().readTitle(cipher),
                        b.getIssue().getHolder().getFullName(),
                        "PRESENT".equals(attendance.get(b.getIssue().getHolder())),
                        b.getMinutesWanted(),
                        b.getAgendaPosition(),
                        b.getMinutesBooked(),
                        roundState(rounds, b, run)))
                .toList();

        RunningRound round =
                run == null || run.getCurrentRound() == null ? null : running(run, bids, me, canControl, shown);
        List<String> audience = Stream.concat(members.stream(), facilitators.stream())
                .map(Person::getId)
                .distinct()
                .toList();
        boolean planned = meeting.getStatus() == MeetingStatus.PLANNED;
        return new LiveMeeting(
                MeetingDetails.of(meeting),
                selfFacilitating,
                stage == null ? null : stage.name(),
                stage == null ? null : stage.getLabel(),
                run == null ? null : run.getRunBy().getFullName(),
                canControl,
                run == null && planned && set.getState().isMeeting() && mayTakeControls,
                run != null && !ended && selfFacilitating && !run.getRunBy().equals(me) && mayTakeControls,
                checkIn,
                agenda,
                round,
                audience,
                me.getId(),
                meeting.isBeforeItsDay(TimeZones.today(clock)),
                run == null || run.getStartedEarlyBy() == null
                        ? null
                        : "Started before its planned day, on " + EARLY.format(run.getStartedAt()) + ", by "
                                + run.getStartedEarlyBy().getFullName() + ".",
                selfFacilitating && meeting.getRotaHolder() != null
                        ? meeting.getRotaHolder().getFullName()
                        : null,
                selfFacilitating && meeting.isOnRota(me));
    }

    private Map<Person, List<CheckInAction>> checkInActions(
            LearningSet set, Person me, boolean facilitator, ShownRecords shown) {
        TextCipher cipher = keys.cipher();
        LocalDate today = TimeZones.today(clock);
        Map<Person, List<CheckInAction>> byOwner = new HashMap<>();
        // By the action's own set id (an index range), not through its issue: through the issue Derby read every
        // action of the database at each re-read of a meeting at check-in, and the live pages queued behind it.
        for (Action a : em.createNamedQuery("Action.toCheckInOfSet", Action.class)
                .setParameter("setId", set.getId())
                .getResultList()) {
            auditRead(set, me, a, shown);
            byOwner.computeIfAbsent(a.getOwner(), o -> new ArrayList<>())
                    .add(new CheckInAction(
                            a.getId(),
                            a.getVersion(),
                            a.getIssue().readTitle(cipher),
                            a.readDescription(cipher),
                            a.getDueDate(),
                            a.getStatus().name(),
                            a.isOverdue(today),
                            facilitator || a.getOwner().equals(me)));
        }
        return byOwner;
    }

    private static String roundState(List<Round> rounds, TimeBid bid, MeetingRun run) {
        return rounds.stream()
                .filter(r -> r.getIssue().equals(bid.getIssue()))
                .findFirst()
                .map(r -> r.getEndedAt() != null
                        ? "Done"
                        : run != null && r.equals(run.getCurrentRound()) ? "Running" : "Stopped")
                .orElse(bid.isBooked() ? LiveMeetingViews.ROUND_TO_COME : null);
    }

    private RunningRound running(
            MeetingRun run, List<TimeBid> bids, Person me, boolean canControl, ShownRecords shown) {
        Round round = run.getCurrentRound();
        RunningStep running = RunningStep.of(run, round.minutesBookedIn(bids), clock.instant());
        boolean holder = round.getIssue().getHolder().equals(me);
        TextCipher cipher = keys.cipher();
        LearningSet set = run.getMeeting().getSet();
        List<Action> agreedHere = em.createNamedQuery("Action.ofIssueAgreedAt", Action.class)
                .setParameter("issue", round.getIssue())
                .setParameter("meeting", run.getMeeting())
                .getResultList();
        agreedHere.forEach(a -> auditRead(set, me, a, shown));
        List<CapturedAction> captured = agreedHere.stream()
                .map(a -> new CapturedAction(a.readDescription(cipher), a.getDueDate()))
                .toList();
        return new RunningRound(
                round.getId(),
                round.getIssue().getId(),
                round.getIssue().readTitle(cipher),
                round.getIssue().getHolder().getFullName(),
                running,
                running.showsActions() && (canControl || holder),
                captured);
    }

    private void auditRead(LearningSet set, Person me, Action action, ShownRecords shown) {
        if (shown.firstShowing(action.getId(), action.getVersion())) {
            audit.record(set, me, AuditAction.READ, AuditedRecord.ACTION, action.getId());
        }
    }
}
