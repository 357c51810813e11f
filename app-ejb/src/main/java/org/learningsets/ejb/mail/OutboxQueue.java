package org.learningsets.ejb.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.mail.OutboxMail;

/**
 * Puts messages into the shared outbox table, in the caller's transaction: a change that rolls back queues nothing,
 * one that commits has its messages stored with it. With no mail server set up they are kept at once for the outbox
 * page. Callers are the application's own services (any role), never a person directly.
 */
@Stateless
@PermitAll
public class OutboxQueue {

    static final String NO_SERVER =
            "No mail server is set up (LEARNINGSETS_SMTP_HOST), so it is kept here to be " + "passed on by hand.";

    @PersistenceContext
    EntityManager em;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    public void enqueue(List<OutgoingMail> mails) {
        if (mails.isEmpty()) {
            return;
        }
        TextCipher cipher = keys.cipher();
        boolean smtp = settings.smtpConfigured();
        for (OutgoingMail mail : mails) {
            OutboxMail row = new OutboxMail(
                    mail.toAddress(),
                    mail.toName(),
                    mail.subject(),
                    mail.text(),
                    settings.messageDomain(),
                    clock.instant(),
                    cipher);
            if (!smtp) {
                row.keep(NO_SERVER);
            }
            em.persist(row);
        }
    }
}
