package org.learningsets.ejb.action;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.learningsets.ejb.confidentiality.AuditTrail;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.model.action.Action;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.confidentiality.AuditAction;
import org.learningsets.model.confidentiality.AuditedRecord;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.meeting.MeetingRun;
import org.learningsets.model.person.Person;

/**
 * Adds an action to an issue holder's plan, encrypted and audited. Callers decide who may: the holder, the
 * facilitator, or whoever holds the controls of a live meeting. The due date cannot be before the day the meeting
 * it was agreed at took place.
 */
@Dependent
public class ActionPlans {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @PersistenceContext
    EntityManager em;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    AuditTrail audit;

    public Action add(Issue issue, Meeting agreedAt, String description, LocalDate dueDate, Person by) {
        if (agreedAt != null && !agreedAt.getSet().equals(issue.getSet())) {
            throw new InvalidInputException("That meeting belongs to another set.");
        }
        if (agreedAt != null && dueDate != null && dueDate.isBefore(dayOf(agreedAt))) {
            throw new InvalidInputException("The due date cannot be before meeting " + agreedAt.getSequenceNumber()
                    + " (" + DAY.format(dayOf(agreedAt)) + "), where the action was agreed.");
        }
        Action action = new Action(issue, issue.getHolder(), agreedAt, description, dueDate, keys.cipher());
        em.persist(action);
        audit.record(issue.getSet(), by, AuditAction.CREATE, AuditedRecord.ACTION, action.getId());
        return action;
    }

    /** The day the meeting took place: its planned day, or the day it was started if that was earlier. */
    private LocalDate dayOf(Meeting meeting) {
        LocalDate planned = meeting.getStartsAt().toLocalDate();
        return em.createNamedQuery("MeetingRun.ofMeeting", MeetingRun.class)
                .setParameter("meeting", meeting)
                .getResultStream()
                .findFirst()
                .map(r -> LocalDate.ofInstant(r.getStartedAt(), TimeZones.LONDON))
                .filter(started -> started.isBefore(planned))
                .orElse(planned);
    }
}
