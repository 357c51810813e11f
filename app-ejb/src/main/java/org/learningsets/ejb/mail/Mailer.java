package org.learningsets.ejb.mail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;

/**
 * Outgoing mail goes through the shared outbox table. A service fires an {@link OutgoingMail.Batch} event (or calls
 * {@link #send}); the messages are queued in the firing transaction, so a refused or rolled-back change sends nothing,
 * and once it commits this node's sender is woken to send them. Any node's sender may take a message over if this one
 * stops (see OutboxSender).
 */
@ApplicationScoped
public class Mailer {

    @EJB
    OutboxQueue queue;

    @EJB
    OutboxSender sender;

    /** In the firing transaction: the messages are stored with the change that made them. */
    void queue(@Observes OutgoingMail.Batch batch) {
        queue.enqueue(batch.mails());
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail.Batch batch) {
        if (!batch.mails().isEmpty()) {
            sender.kick();
        }
    }

    /** Queues the messages (in the caller's transaction, if any) and wakes the sender once they are stored. */
    public void send(List<OutgoingMail> mails) {
        queue.enqueue(mails);
        if (!mails.isEmpty()) {
            sender.kick();
        }
    }
}
