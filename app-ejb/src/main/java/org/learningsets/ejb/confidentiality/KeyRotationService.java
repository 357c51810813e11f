package org.learningsets.ejb.confidentiality;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.learningsets.model.action.Action;
import org.learningsets.model.action.ProgressUpdate;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.evaluation.EvaluationResponse;
import org.learningsets.model.evaluation.PulseResponse;
import org.learningsets.model.evaluation.MeetingReview;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.learning.LearningLogEntry;
import org.learningsets.model.security.Role;

/**
 * Key rotation: a new current key, then every confidential value re-encrypted with it, in one transaction. The
 * text is decrypted and encrypted again inside the server only; nothing is returned but a count.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class KeyRotationService {

    public record Rotation(String newKeyId, int valuesReEncrypted) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ConfidentialTextKeys keys;

    public Rotation rotate() {
        String keyId = keys.rotate();
        TextCipher cipher = keys.cipher();
        int changed = 0;
        for (Issue i : em.createQuery("select i from Issue i", Issue.class).getResultList()) {
            changed += i.reEncrypt(cipher) ? 1 : 0;
        }
        for (Action a : em.createQuery("select a from Action a", Action.class).getResultList()) {
            changed += a.reEncrypt(cipher) ? 1 : 0;
        }
        for (ProgressUpdate p : em.createQuery("select p from ProgressUpdate p", ProgressUpdate.class)
                .getResultList()) {
            changed += p.reEncrypt(cipher) ? 1 : 0;
        }
        for (LearningLogEntry e : em.createQuery("select e from LearningLogEntry e", LearningLogEntry.class)
                .getResultList()) {
            changed += e.reEncrypt(cipher) ? 1 : 0;
        }
        for (MeetingReview r : em.createQuery("select r from MeetingReview r", MeetingReview.class).getResultList()) {
            changed += r.reEncrypt(cipher) ? 1 : 0;
        }
        for (EvaluationResponse r : em.createQuery("select r from EvaluationResponse r", EvaluationResponse.class)
                .getResultList()) {
            changed += r.reEncrypt(cipher) ? 1 : 0;
        }
        for (PulseResponse r : em.createQuery("select r from PulseResponse r", PulseResponse.class).getResultList()) {
            changed += r.reEncrypt(cipher) ? 1 : 0;
        }
        return new Rotation(keyId, changed);
    }
}
