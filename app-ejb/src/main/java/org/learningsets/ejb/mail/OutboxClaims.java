package org.learningsets.ejb.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.mail.MailState;
import org.learningsets.model.mail.OutboxMail;

/**
 * The sender's steps on the outbox table, each committed on its own: which messages are due, claiming one (an update
 * that only one node can win: state WAITING, or SENDING by a node that has stopped), and recording the outcome.
 */
@Stateless
@PermitAll
public class OutboxClaims {

    /** What a claimed message says, decrypted for sending. */
    public record Claimed(String id, String messageId, String toAddress, String toName, String subject, String body) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    ConfidentialTextKeys keys;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> due(List<String> liveNodes, Instant now, int limit) {
        return em.createNamedQuery("OutboxMail.dueIds", String.class)
                .setParameter("now", now)
                .setParameter("liveNodes", liveNodes)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Empty when another node (or another run here) claimed it first, or it is no longer due. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Claimed> claim(String id, String node, List<String> liveNodes, Instant now) {
        int won = em.createNamedQuery("OutboxMail.claim")
                .setParameter("id", id)
                .setParameter("node", node)
                .setParameter("now", now)
                .setParameter("liveNodes", liveNodes)
                .executeUpdate();
        if (won != 1) {
            return Optional.empty();
        }
        OutboxMail m = em.find(OutboxMail.class, id);
        TextCipher cipher = keys.cipher();
        return Optional.of(new Claimed(
                id,
                m.getMessageId(),
                m.readToAddress(cipher),
                m.readToName(cipher),
                m.readSubject(cipher),
                m.readBody(cipher)));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(String id, Instant when) {
        mine(id).ifPresent(m -> m.sent(when));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String id, String why, Instant when) {
        mine(id).ifPresent(m -> m.failed(why, when));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void keep(String id, String why) {
        mine(id).ifPresent(m -> m.keep(why));
    }

    private Optional<OutboxMail> mine(String id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id)).filter(m -> m.getState() == MailState.SENDING);
    }
}
