package org.learningsets.ejb.action;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.learningsets.ejb.confidentiality.AuditTrail;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.model.action.Action;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.confidentiality.AuditAction;
import org.learningsets.model.confidentiality.AuditedRecord;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.person.Person;

/**
 * Adds an action to an issue holder's plan, encrypted and audited. Callers decide who may: the holder, the
 * facilitator, or whoever holds the controls of a live meeting.
 */
@Dependent
public class ActionPlans {

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
        Action action = new Action(issue, issue.getHolder(), agreedAt, description, dueDate, keys.cipher());
        em.persist(action);
        audit.record(issue.getSet(), by, AuditAction.CREATE, AuditedRecord.ACTION, action.getId());
        return action;
    }
}
