package org.learningsets.ejb.confidentiality;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.DataKeys;
import org.learningsets.model.confidentiality.DataKeyset;
import org.learningsets.model.confidentiality.KeyChange;
import org.learningsets.model.confidentiality.KeyChangeKind;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;

/** The data keys' row and its audit, each step in a transaction of its own (see KeyRotationService). */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class KeyChanges {

    /** A rotation whose new key is committed: the change to complete with a count, and the new key's id. */
    public record Started(String changeId, String newKeyId) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    /** Adds a new primary key; the row is locked, so two rotations at once (on two nodes) happen one after the other. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Started rotate() {
        Person me = callers.person();
        DataKeyset row = em.createNamedQuery("DataKeyset.all", DataKeyset.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new StateException("The database holds no data keys yet."));
        DataKeys rotated = keys.unwrap(row.wrapped()).withNewPrimary();
        row.replace(keys.wrap(rotated), rotated.primaryKeyId(), clock.instant());
        KeyChange change = new KeyChange(KeyChangeKind.ROTATED, me, rotated, clock.instant());
        em.persist(change);
        return new Started(change.getId(), DataKeys.label(rotated.primaryKeyId()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(String changeId, int values) {
        KeyChange change = em.find(KeyChange.class, changeId);
        if (change != null) {
            change.finished(values, clock.instant());
        }
    }

    public KeyViews.KeyOverview overview() {
        DataKeys current = keys.cipher().keys();
        DataKeyset row = em.createNamedQuery("DataKeyset.all", DataKeyset.class).getSingleResult();
        return new KeyViews.KeyOverview(
                DataKeys.label(current.primaryKeyId()),
                current.keyIds().size(),
                row.getChangedAt(),
                em.createNamedQuery("KeyChange.newestFirst", KeyChange.class)
                        .getResultStream()
                        .map(c -> new KeyViews.KeyChangeView(
                                c.getHappenedAt(),
                                c.getKind(),
                                c.getActor() == null ? null : c.getActor().getFullName(),
                                DataKeys.label(c.getPrimaryKeyId()),
                                c.getKeyCount(),
                                c.getValuesReEncrypted(),
                                c.getFinishedAt()))
                        .toList());
    }
}
