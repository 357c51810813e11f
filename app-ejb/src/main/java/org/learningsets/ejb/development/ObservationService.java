package org.learningsets.ejb.development;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningsets.ejb.confidentiality.AuditTrail;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.development.DevelopmentViews.CompetencyView;
import org.learningsets.ejb.development.ObservationGate.Opened;
import org.learningsets.ejb.development.ObservationViews.ObservationInvite;
import org.learningsets.ejb.development.ObservationViews.ObservationPage;
import org.learningsets.ejb.development.ObservationViews.ObservedMeeting;
import org.learningsets.ejb.development.ObservationViews.ObservedPerson;
import org.learningsets.ejb.development.ObservationViews.ObservedRound;
import org.learningsets.ejb.meeting.MeetingDetails;
import org.learningsets.ejb.meeting.MeetingGate;
import org.learningsets.ejb.meeting.RunningStep;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.ConflictException;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.Labels;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.AuditAction;
import org.learningsets.model.confidentiality.AuditedRecord;
import org.learningsets.model.development.CompetencyFramework;
import org.learningsets.model.development.ConsentAnswer;
import org.learningsets.model.development.DevelopmentEntry;
import org.learningsets.model.development.DevelopmentRecord;
import org.learningsets.model.development.EntryKind;
import org.learningsets.model.development.MemberNames;
import org.learningsets.model.development.Observation;
import org.learningsets.model.development.ObservationConsent;
import org.learningsets.model.development.ObservationState;
import org.learningsets.model.development.ObservationStatus;
import org.learningsets.model.meeting.Attendance;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.meeting.MeetingRun;
import org.learningsets.model.meeting.Round;
import org.learningsets.model.meeting.TimeBid;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;

/**
 * Observation of one meeting: the set's facilitator invites an assessor or supervisor; every current member agrees
 * or declines (no reason asked) before the meeting; it goes ahead only when all agreed before the start. The observer
 * follows the meeting's process, never its content, and writes about the facilitator's behaviour to the
 * facilitator's development record. Every call goes through {@link ObservationGate}.
 */
@Stateless
@RolesAllowed({Role.FACILITATOR_NAME, Role.MEMBER_NAME, Role.ADMIN_NAME})
public class ObservationService {

    static final String FACILITATOR_ONLY = "Only the set's facilitator can invite or withdraw an observer.";
    static final String MEMBER_ONLY = "Only the set's current members answer an observation request.";

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    ObservationGate gate;

    @Inject
    MeetingGate meetings;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The meeting's observation as the caller may see it. */
    public ObservationPage page(@NotNull String meetingId) {
        Opened o = gate.open(meetingId, callers.person());
        ObservationState state = o.state();
        boolean open = meetings.isOpen(o.meeting());
        ConsentAnswer mine = o.answers().stream()
                .filter(a -> a.getMember().equals(o.caller()))
                .map(ObservationConsent::getAnswer)
                .findFirst()
                .orElse(null);
        boolean on = o.observer() && state == ObservationState.ON;
        MeetingDetails details = MeetingDetails.of(o.meeting());
        return new ObservationPage(
                o.meeting().getId(),
                details.title(),
                details.start(),
                o.facilitator(),
                o.member(),
                o.observer(),
                o.observation() == null ? null : o.observation().getObserver().getFullName(),
                o.observation() == null
                        ? null
                        : o.observation().getFacilitator().getFullName(),
                state,
                (int) o.answers().stream()
                        .filter(a -> o.members().contains(a.getMember()))
                        .count(),
                o.members().size(),
                o.member() ? mine : null,
                o.facilitator() && o.observation() == null && open,
                o.facilitator() && state != null && state.open(),
                o.member() && state != null && state.open() && open,
                on ? observed(o) : null,
                on ? competencies(o.observation().getFacilitator()) : List.of());
    }

    /** The set's facilitator invites an assessor or supervisor, named by the email they sign in with. */
    @RolesAllowed(Role.FACILITATOR_NAME)
    public void invite(@NotNull String meetingId, @Size(max = FieldLengths.EMAIL) String email) {
        Opened o = gate.open(meetingId, callers.person());
        if (!o.facilitator()) {
            throw new AccessDeniedException(FACILITATOR_ONLY);
        }
        if (o.observation() != null) {
            throw new ConflictException(o.observation().getObserver().getFullName()
                    + " was invited to observe this meeting already: one observation per meeting.");
        }
        requireStillToCome(o.meeting());
        String address = Checks.email(email);
        Person observer =
                DevelopmentRecordService.assessor(em, address, "Invite an assessor or supervisor who has an account.");
        if (o.members().contains(observer)) {
            throw new InvalidInputException(observer.getFullName() + " is a member of "
                    + o.meeting().getSet().getName() + ": invite an assessor or supervisor from outside the set.");
        }
        em.persist(new Observation(o.meeting(), o.caller(), observer, clock.instant()));
    }

    /** The facilitator calls the observation off before the meeting. */
    @RolesAllowed(Role.FACILITATOR_NAME)
    public void withdraw(@NotNull String meetingId) {
        Opened o = gate.open(meetingId, callers.person());
        if (!o.facilitator()) {
            throw new AccessDeniedException(FACILITATOR_ONLY);
        }
        if (o.state() == null || !o.state().open()) {
            throw new StateException("There is no observation of this meeting to withdraw.");
        }
        o.observation().withdraw();
    }

    /**
     * A current member agrees or declines, before the meeting starts; they may change their mind until then. One
     * decline calls the observation off, and nobody is told whose it was.
     */
    @RolesAllowed(Role.MEMBER_NAME)
    public void answer(@NotNull String meetingId, @NotNull ConsentAnswer answer) {
        Opened o = gate.open(meetingId, callers.person());
        if (!o.member()) {
            throw new AccessDeniedException(MEMBER_ONLY);
        }
        if (o.observation() == null) {
            throw new StateException("Nobody is invited to observe this meeting.");
        }
        if (!meetings.isOpen(o.meeting())) {
            throw new StateException(MeetingDetails.of(o.meeting()).title()
                    + " has started: answers count only before the meeting, so this observation does not happen.");
        }
        if (o.observation().getStatus() != ObservationStatus.ASKED) {
            throw new StateException("This observation is off already: there is nothing to answer.");
        }
        Instant now = clock.instant();
        o.answers().stream()
                .filter(a -> a.getMember().equals(o.caller()))
                .findFirst()
                .ifPresentOrElse(
                        a -> a.answer(answer, now),
                        () -> em.persist(new ObservationConsent(o.observation(), o.caller(), answer, now)));
        if (answer == ConsentAnswer.DECLINED) {
            o.observation().declined();
        }
    }

    /** The words of the observer's text that name a member of the set: the form warns about them as they type. */
    public List<String> membersNamedIn(@NotNull String meetingId, @Size(max = FieldLengths.LONG_TEXT) String text) {
        Opened o = gate.forObserver(meetingId, callers.person());
        return MemberNames.namedIn(
                text, o.members().stream().map(Person::getFullName).toList());
    }

    /**
     * The observer's account of the facilitator's behaviour against a competency, saved as an observation in the
     * facilitator's development record. Refused while it names a member of the set.
     */
    public String write(
            @NotNull String meetingId, String competencyId, @Size(max = FieldLengths.LONG_TEXT) String text) {
        Opened o = gate.forObserver(meetingId, callers.person());
        List<String> named = MemberNames.namedIn(
                text, o.members().stream().map(Person::getFullName).toList());
        if (!named.isEmpty()) {
            throw new InvalidInputException(namesMessage(named));
        }
        if (competencyId == null || competencyId.isBlank()) {
            throw new InvalidInputException("Choose the competency this is about.");
        }
        Instant now = clock.instant();
        DevelopmentRecord record =
                DevelopmentRecordService.recordOf(em, o.observation().getFacilitator(), now);
        DevelopmentEntry entry = new DevelopmentEntry(
                record,
                DevelopmentRecordService.competencyOf(em, record, competencyId),
                EntryKind.OBSERVATION,
                text,
                o.caller(),
                now,
                keys.cipher());
        em.persist(entry);
        audit.record(null, o.caller(), AuditAction.CREATE, AuditedRecord.DEVELOPMENT_ENTRY, entry.getId());
        return entry.getId();
    }

    /** The meetings the caller is invited to observe, soonest first. */
    @RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
    public List<ObservationInvite> invitations() {
        Person me = callers.person();
        return em.createNamedQuery("Observation.ofObserver", Observation.class)
                .setParameter("observer", me)
                .getResultStream()
                .map(o -> {
                    MeetingDetails details = MeetingDetails.of(o.getMeeting());
                    // A few invitations a person at most: each one's state through the gate, as on its page.
                    ObservationState state =
                            gate.open(o.getMeeting().getId(), me).state();
                    return new ObservationInvite(
                            o.getMeeting().getId(),
                            details.title(),
                            details.start(),
                            o.getFacilitator().getFullName(),
                            state);
                })
                .toList();
    }

    /** The message naming the words to take out. */
    public static String namesMessage(List<String> named) {
        return "Your text names " + String.join(" and ", named)
                + (named.size() == 1 ? ", part of a member's name" : ", parts of members' names")
                + ". Write about the facilitator's behaviour, never about the members or what they said: take "
                + (named.size() == 1 ? "it" : "them") + " out to save.";
    }

    private ObservedMeeting observed(Opened o) {
        Meeting meeting = o.meeting();
        MeetingRun run = o.run();
        Instant now = clock.instant();
        Map<Person, String> attendance = new HashMap<>();
        em.createNamedQuery("Attendance.ofMeeting", Attendance.class)
                .setParameter("meeting", meeting)
                .getResultStream()
                .forEach(a -> attendance.put(a.getPerson(), Labels.of(a.getStatus())));
        List<ObservedPerson> people = o.members().stream()
                .map(p -> new ObservedPerson(p.getFullName(), attendance.get(p)))
                .toList();
        List<TimeBid> bids = em.createNamedQuery("TimeBid.ofMeeting", TimeBid.class)
                .setParameter("meeting", meeting)
                .getResultList();
        List<ObservedRound> rounds = em.createNamedQuery("Round.ofMeeting", Round.class)
                .setParameter("meeting", meeting)
                .getResultStream()
                .map(r -> new ObservedRound(
                        r.getIssue().getHolder().getFullName(),
                        r.minutesBookedIn(bids),
                        Duration.between(r.getStartedAt(), r.getEndedAt() == null ? now : r.getEndedAt())
                                .toMinutes(),
                        r.getEndedAt() == null))
                .toList();
        return new ObservedMeeting(
                run.getStage(),
                run.getStartedAt(),
                run.getRunBy().getFullName(),
                run.getCurrentRound() == null
                        ? null
                        : RunningStep.of(run, run.getCurrentRound().minutesBookedIn(bids), now),
                people,
                rounds);
    }

    private List<CompetencyView> competencies(Person facilitator) {
        CompetencyFramework framework = em.createNamedQuery("DevelopmentRecord.ofFacilitator", DevelopmentRecord.class)
                .setParameter("facilitator", facilitator)
                .getResultStream()
                .findFirst()
                .map(DevelopmentRecord::getFramework)
                .orElseGet(() -> Find.byId(
                        em, CompetencyFramework.class, CompetencyFramework.DEFAULT_ID, "The default framework"));
        return FrameworkService.view(em, framework).competencies();
    }

    private void requireStillToCome(Meeting meeting) {
        if (!meetings.isOpen(meeting)) {
            throw new StateException(MeetingDetails.of(meeting).title()
                    + " has started or is over: invite an observer for a meeting still to come.");
        }
    }
}
