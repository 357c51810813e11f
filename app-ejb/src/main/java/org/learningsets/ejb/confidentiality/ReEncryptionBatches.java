package org.learningsets.ejb.confidentiality;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.learningsets.model.action.Action;
import org.learningsets.model.action.ProgressUpdate;
import org.learningsets.model.common.AbstractEntity;
import org.learningsets.model.confidentiality.EncryptedText;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.development.DevelopmentEntry;
import org.learningsets.model.evaluation.EvaluationResponse;
import org.learningsets.model.evaluation.MeetingReview;
import org.learningsets.model.evaluation.PulseResponse;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.learning.LearningLogEntry;
import org.learningsets.model.mail.OutboxMail;
import org.learningsets.model.security.Account;
import org.learningsets.model.set.GroundRules;

/**
 * Re-encrypts stored confidential text under the primary data key, one batch of rows per transaction, so a large
 * database never holds one long transaction or a persistence context of every row, and a run cut short leaves nothing
 * unreadable (the old keys stay in the keyset): the next rotation carries on.
 */
@Stateless
@PermitAll
public class ReEncryptionBatches {

    /** Every entity with encrypted text: the rotation's list, and the raw-storage test's. */
    public static final List<Class<? extends EncryptedText>> ENCRYPTED = List.of(
            Issue.class,
            Action.class,
            ProgressUpdate.class,
            LearningLogEntry.class,
            DevelopmentEntry.class,
            MeetingReview.class,
            EvaluationResponse.class,
            PulseResponse.class,
            GroundRules.class,
            OutboxMail.class,
            Account.class);

    static final int BATCH = 200;

    /** One batch's outcome: the last row id read (null when the table is done) and the rows changed. */
    public record Batch(String lastId, int changed) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    ConfidentialTextKeys keys;

    /** Rows of {@code type} after {@code afterId} (by id), re-encrypted where they are not under the primary key. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Batch next(Class<? extends EncryptedText> type, String afterId) {
        TextCipher cipher = keys.cipher();
        List<? extends EncryptedText> rows = page(type.asSubclass(AbstractEntity.class), afterId);
        int changed = 0;
        for (EncryptedText row : rows) {
            changed += row.reEncrypt(cipher) ? 1 : 0;
        }
        String last = rows.size() < BATCH ? null : ((AbstractEntity) rows.get(rows.size() - 1)).getId();
        return new Batch(last, changed);
    }

    @SuppressWarnings("unchecked")
    private <T extends AbstractEntity> List<? extends EncryptedText> page(Class<T> type, String afterId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> row = query.from(type);
        query.select(row).orderBy(cb.asc(row.get("id")));
        if (afterId != null) {
            query.where(cb.greaterThan(row.get("id"), afterId));
        }
        return (List<? extends EncryptedText>)
                em.createQuery(query).setMaxResults(BATCH).getResultList();
    }
}
