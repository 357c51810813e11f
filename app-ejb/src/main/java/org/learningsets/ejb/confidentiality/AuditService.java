package org.learningsets.ejb.confidentiality;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.security.Callers;
import org.learningsets.ejb.set.SetAccess;
import org.learningsets.model.confidentiality.AuditEntry;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;

/** The audit of a set's confidential records, for its facilitators only; there is nothing to edit it with. */
@Stateless
@RolesAllowed(Role.FACILITATOR_NAME)
public class AuditService {

    public record AuditView(String actorName, String action, String recordType, String recordId, Instant at)
            implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    SetAccess access;

    /** The set's name with its audit, for the facilitators' audit page. */
    public record SetAudit(String setName, List<AuditView> entries) implements Serializable {
    }

    public List<AuditView> ofSet(@NotNull String setId) {
        return trail(setId).entries();
    }

    public SetAudit trail(@NotNull String setId) {
        LearningSet set = Find.byId(em, LearningSet.class, setId, "The set");
        access.requireFacilitator(set, callers.person());
        return new SetAudit(set.getName(), em.createNamedQuery("AuditEntry.ofSet", AuditEntry.class)
                .setParameter("set", set).getResultStream()
                .map(a -> new AuditView(a.getActor().getFullName(), a.getAction().name(), a.getRecordType().name(),
                        a.getRecordId(), a.getHappenedAt()))
                .toList());
    }
}
