package org.learningsets.ejb.development;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.development.DevelopmentRecord;
import org.learningsets.model.development.RecordShare;
import org.learningsets.model.person.Person;

/**
 * The one gate for a development record: loads it and checks the caller in the same call. Its facilitator and the
 * people they shared it with pass; everyone else (a programme lead, an administrator, another facilitator) is refused.
 */
@Dependent
public class DevelopmentRecordAccess {

    static final String NOT_SHARED =
            "A development record can be read only by its facilitator and the people they have shared it with.";

    /** The record, the caller, and whether the caller is its facilitator (false: a person it is shared with). */
    public record Opened(DevelopmentRecord record, Person caller, boolean mine) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    public Opened open(String recordId) {
        DevelopmentRecord record = Find.byId(em, DevelopmentRecord.class, recordId, "The development record");
        Person me = callers.person();
        if (record.isFacilitator(me)) {
            return new Opened(record, me, true);
        }
        if (shareOf(record, me) == null) {
            throw new AccessDeniedException(NOT_SHARED);
        }
        return new Opened(record, me, false);
    }

    /** The record's share with {@code person}; null when it is not shared with them. */
    RecordShare shareOf(DevelopmentRecord record, Person person) {
        return em.createNamedQuery("RecordShare.find", RecordShare.class)
                .setParameter("record", record)
                .setParameter("person", person)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
