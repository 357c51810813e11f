package org.learningsets.ejb.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.learningsets.ejb.confidentiality.AuditTrail;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.confidentiality.SetAccess;
import org.learningsets.ejb.confidentiality.SetContentAccess;
import org.learningsets.ejb.meeting.MeetingOverviewViews.ActionLine;
import org.learningsets.ejb.meeting.MeetingOverviewViews.AttendanceLine;
import org.learningsets.ejb.meeting.MeetingOverviewViews.BidLine;
import org.learningsets.ejb.meeting.MeetingOverviewViews.MeetingOverview;
import org.learningsets.ejb.meeting.MeetingOverviewViews.RoundLine;
import org.learningsets.ejb.security.Callers;
import org.learningsets.ejb.set.GroundRulesViews.MemberAgreement;
import org.learningsets.ejb.set.RulesAgreements;
import org.learningsets.model.action.Action;
import org.learningsets.model.common.Labels;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.confidentiality.AuditAction;
import org.learningsets.model.confidentiality.AuditedRecord;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.meeting.Attendance;
import org.learningsets.model.meeting.AttendanceStatus;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.meeting.MeetingRun;
import org.learningsets.model.meeting.MeetingStage;
import org.learningsets.model.meeting.MeetingStatus;
import org.learningsets.model.meeting.Round;
import org.learningsets.model.meeting.TimeBid;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;

/**
 * A meeting for the set's current facilitators: before it, who bid for time, who sent apologies and who cannot
 * take part yet (ground rules not agreed); after it, who came, the rounds and the actions agreed. Anyone else is
 * refused. Reading the actions is audited like any read of them.
 */
@Stateless
@RolesAllowed(Role.FACILITATOR_NAME)
public class MeetingOverviewService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(TimeZones.LONDON);

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    SetAccess access;

    @Inject
    SetContentAccess content;

    @Inject
    RulesAgreements agreements;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public MeetingOverview overview(@NotNull String meetingId) {
        Person me = callers.person();
        Meeting meeting = content.meetingForFacilitator(meetingId, me);
        Optional<MeetingRun> run = em.createNamedQuery("MeetingRun.ofMeeting", MeetingRun.class)
                .setParameter("meeting", meeting)
                .getResultStream()
                .findFirst();
        String state = run.filter(
                        r -> r.getStage() != MeetingStage.ENDED && meeting.getStatus() != MeetingStatus.CANCELLED)
                .map(r -> "In progress: " + r.getStage().getLabel().toLowerCase())
                .orElse(Labels.of(meeting.getStatus()));
        String early = run.filter(r -> r.getStartedEarlyBy() != null)
                .map(r -> "Started before its planned day, on " + WHEN.format(r.getStartedAt()) + ", by "
                        + r.getStartedEarlyBy().getFullName() + ".")
                .orElse(null);

        List<Attendance> marks = em.createNamedQuery("Attendance.ofMeeting", Attendance.class)
                .setParameter("meeting", meeting)
                .getResultList();
        Map<String, AttendanceStatus> byPerson =
                marks.stream().collect(Collectors.toMap(a -> a.getPerson().getId(), Attendance::getStatus));
        List<MemberAgreement> members = agreements.of(
                meeting.getSet(), access.currentGroundRules(meeting.getSet()).orElse(null));
        List<String> apologies = marks.stream()
                .filter(a -> a.getStatus() == AttendanceStatus.APOLOGIES)
                .map(a -> a.getPerson().getFullName())
                .sorted()
                .toList();
        List<String> notAgreed = members.stream()
                .filter(m -> !m.agreedCurrent())
                .map(MemberAgreement::name)
                .toList();
        List<AttendanceLine> attendance = members.stream()
                .map(m -> new AttendanceLine(
                        m.name(),
                        byPerson.containsKey(m.personId()) ? Labels.of(byPerson.get(m.personId())) : "Not recorded"))
                .toList();

        List<BidLine> bids = em.createNamedQuery("TimeBid.ofMeeting", TimeBid.class)
                .setParameter("meeting", meeting)
                .getResultStream()
                .map(b -> new BidLine(
                        b.getIssue().getId(),
                        b.getIssue().readTitle(keys.cipher()),
                        b.getIssue().getHolder().getFullName(),
                        b.getMinutesWanted(),
                        b.getMinutesBooked()))
                .toList();
        List<RoundLine> rounds = em.createNamedQuery("Round.ofMeeting", Round.class)
                .setParameter("meeting", meeting)
                .getResultStream()
                .map(r -> new RoundLine(
                        r.getIssue().getId(),
                        r.getIssue().readTitle(keys.cipher()),
                        r.getIssue().getHolder().getFullName(),
                        r.getEndedAt() == null
                                ? null
                                : (int) Math.round(Duration.between(r.getStartedAt(), r.getEndedAt())
                                                .toSeconds()
                                        / 60.0)))
                .toList();
        TextCipher cipher = keys.cipher();
        LocalDate today = TimeZones.today(clock);
        List<ActionLine> actions = em.createQuery(
                        "select a from Action a join fetch a.issue join fetch a.owner "
                                + "where a.agreedAt = :meeting order by a.owner.fullName, a.dueDate",
                        Action.class)
                .setParameter("meeting", meeting)
                .getResultStream()
                .map(a -> {
                    audit.record(meeting.getSet(), me, AuditAction.READ, AuditedRecord.ACTION, a.getId());
                    return new ActionLine(
                            a.getIssue().getId(),
                            a.getIssue().readTitle(keys.cipher()),
                            a.getOwner().getFullName(),
                            a.readDescription(cipher),
                            a.getDueDate(),
                            Labels.of(a.getStatus()),
                            a.isOverdue(today));
                })
                .toList();
        return new MeetingOverview(
                MeetingDetails.of(meeting),
                state,
                early,
                meeting.getStatus() == MeetingStatus.HELD,
                bids,
                apologies,
                notAgreed,
                attendance,
                rounds,
                actions);
    }
}
