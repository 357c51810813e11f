package org.learningsets.ejb.calendar;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.learningsets.ejb.confidentiality.SetContentAccess;
import org.learningsets.ejb.security.Callers;
import org.learningsets.ejb.security.Secrets;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.meeting.MeetingStatus;
import org.learningsets.model.person.CalendarFeed;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;

/**
 * A person's meetings as iCalendar: a download for the signed-in person, and a subscription feed whose address
 * carries a secret (calendar apps cannot sign in). Meetings only: when, where, which set; no set content.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME, Role.MEMBER_NAME})
public class CalendarService {

    static final String UNKNOWN_FEED =
            "This calendar address is not valid any more. Make a new one in Learning " + "Sets under My calendar.";
    static final String NOT_YOUR_MEETING = "This meeting is not available to you.";

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    SetContentAccess content;

    private MeetingCalendarWriter writer;

    @PostConstruct
    void createWriter() {
        writer = new MeetingCalendarWriter("-//Learning Sets//Meetings//EN", clock);
    }

    public String myMeetings() {
        return calendarOf(callers.person());
    }

    /**
     * One meeting as a download, for a current member or facilitator of its set. Anyone else, and any unknown id,
     * gets the same refusal, so ids cannot be probed.
     */
    public String oneMeeting(String meetingId) {
        Person me = callers.person();
        Meeting meeting = content.meetingIfMemberOrFacilitator(meetingId, me)
                .orElseThrow(() -> new AccessDeniedException(NOT_YOUR_MEETING));
        return writer.toIcs(
                "Learning Sets: " + meeting.getSet().getName() + ", meeting " + meeting.getSequenceNumber(),
                List.of(calendarMeeting(meeting)));
    }

    /** Makes a new subscription secret (the old address stops working) and returns it; it is not stored. */
    public String newFeedSecret() {
        Person me = callers.person();
        String token = Secrets.newToken();
        Optional<CalendarFeed> existing = feedOf(me);
        if (existing.isPresent()) {
            existing.get().replace(Secrets.sha256(token), clock.instant());
        } else {
            em.persist(new CalendarFeed(me, Secrets.sha256(token), clock.instant()));
        }
        return token;
    }

    public Optional<Instant> feedCreatedAt() {
        return feedOf(callers.person()).map(CalendarFeed::getCreatedAt);
    }

    public void stopFeed() {
        feedOf(callers.person()).ifPresent(em::remove);
    }

    /** The feed behind a subscription address; anyone holding the address may read it, as with any calendar app. */
    @PermitAll
    public String feed(String token) {
        if (token == null || !Secrets.TOKEN.matcher(token).matches()) {
            throw new NotFoundException(UNKNOWN_FEED);
        }
        CalendarFeed feed = em.createNamedQuery("CalendarFeed.byTokenHash", CalendarFeed.class)
                .setParameter("hash", Secrets.sha256(token))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(UNKNOWN_FEED));
        return calendarOf(feed.getPerson());
    }

    private Optional<CalendarFeed> feedOf(Person person) {
        return em.createNamedQuery("CalendarFeed.ofPerson", CalendarFeed.class)
                .setParameter("person", person)
                .getResultStream()
                .findFirst();
    }

    private String calendarOf(Person person) {
        Set<LearningSet> sets = new LinkedHashSet<>(em.createNamedQuery("Membership.activeSetsOf", LearningSet.class)
                .setParameter("person", person)
                .getResultList());
        sets.addAll(em.createNamedQuery("FacilitatorAssignment.currentSetsOf", LearningSet.class)
                .setParameter("person", person)
                .getResultList());
        List<CalendarMeeting> meetings = new ArrayList<>();
        if (!sets.isEmpty()) {
            for (Meeting m : em.createQuery(
                            "select m from Meeting m join fetch m.set where m.set in :sets order by m.startsAt",
                            Meeting.class)
                    .setParameter("sets", sets)
                    .getResultList()) {
                meetings.add(calendarMeeting(m));
            }
        }
        return writer.toIcs("Learning Sets: " + person.getFullName(), meetings);
    }

    private static CalendarMeeting calendarMeeting(Meeting m) {
        return new CalendarMeeting(
                m.getId(),
                m.getSet().getName(),
                m.getSet().getProgramme().getName(),
                m.getSequenceNumber(),
                m.getStartsAt(),
                m.getDurationMinutes(),
                m.getMode(),
                m.getPlace(),
                m.getLink(),
                m.getStatus() == MeetingStatus.CANCELLED,
                m.getVersion());
    }
}
