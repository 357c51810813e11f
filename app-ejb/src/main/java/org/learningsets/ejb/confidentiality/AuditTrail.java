package org.learningsets.ejb.confidentiality;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.learningsets.model.confidentiality.AuditAction;
import org.learningsets.model.confidentiality.AuditEntry;
import org.learningsets.model.confidentiality.AuditedRecord;
import org.learningsets.model.person.Person;
import org.learningsets.model.set.LearningSet;

/** Writes an audit entry in the caller's transaction: a read or change that is rolled back leaves none. */
@Dependent
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void record(LearningSet set, Person actor, AuditAction action, AuditedRecord type, String recordId) {
        em.persist(new AuditEntry(set, actor, action, type, recordId, clock.instant()));
    }
}
