package org.learningsets.ejb.rights;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.learningsets.ejb.confidentiality.ConfidentialTextRemover;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.platform.Versions;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.confidentiality.DataRequest;
import org.learningsets.model.confidentiality.DataRequestKind;
import org.learningsets.model.confidentiality.Removal;
import org.learningsets.model.security.Role;

/**
 * Programme leads carry out members' erasure requests: the member's contributions are replaced by "Removed at the
 * member's request." in one transaction; the lead sees who asked and when, never the text.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ErasureService {

    public record PendingErasure(
            String requestId, long version, String personName, String organisation, Instant requestedAt)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    ConfidentialTextRemover remover;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    public List<PendingErasure> pending() {
        return em.createNamedQuery("DataRequest.pendingOfKind", DataRequest.class)
                .setParameter("kind", DataRequestKind.ERASURE)
                .getResultStream()
                .map(r -> new PendingErasure(
                        r.getId(),
                        r.getVersion(),
                        r.getPerson().getFullName(),
                        r.getPerson().getOrganisation().getName(),
                        r.getRequestedAt()))
                .toList();
    }

    /** Returns how many records were changed. */
    public int carryOut(@NotNull String requestId, long expectedVersion) {
        DataRequest request = Find.byIdForUpdate(em, DataRequest.class, requestId, "The request");
        if (request.getKind() != DataRequestKind.ERASURE) {
            throw new InvalidInputException("That is not an erasure request.");
        }
        Versions.check(request, expectedVersion, "The request");
        Instant now = clock.instant();
        int changed = remover.removeContributionsOf(request.getPerson(), Removal.ERASURE, now);
        request.complete(callers.person(), changed, now);
        return changed;
    }
}
