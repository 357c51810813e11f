package org.learningsets.ejb.confidentiality;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.learningsets.model.security.Role;

/**
 * Key rotation for administrators: a new primary data key for the whole cluster (in the database, so every node uses
 * it from its next request), then every stored confidential value re-encrypted with it, a batch at a time. The text is
 * decrypted and encrypted again inside the server only; nothing is returned but key ids and counts. Every change is
 * recorded with who made it (key_change).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class KeyRotationService {

    /** What a rotation did: the new primary key (8 hex digits) and how many records were re-encrypted. */
    public record Rotation(String newKeyId, int valuesReEncrypted) {}

    @EJB
    KeyChanges changes;

    @Inject
    ReEncryption reEncryption;

    /** Not one transaction: the new key is committed first, then each batch of re-encryption commits on its own. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Rotation rotate() {
        KeyChanges.Started started = changes.rotate();
        int values = reEncryption.all();
        changes.finish(started.changeId(), values);
        return new Rotation(started.newKeyId(), values);
    }

    /** The data keys now and every change to them, newest first. */
    public KeyViews.KeyOverview overview() {
        return changes.overview();
    }
}
