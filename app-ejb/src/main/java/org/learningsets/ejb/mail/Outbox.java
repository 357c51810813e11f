package org.learningsets.ejb.mail;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.mail.MailState;
import org.learningsets.model.mail.OutboxMail;

/** The outbox as administrators read it: the messages in the shared table, decrypted for the page. */
@Dependent
public class Outbox {

    /**
     * A message as the outbox page lists it: {@code name} identifies it for {@link #read}; {@code state} where it stands,
     * {@code note} why it was kept or why the last try failed, {@code sent} when the mail server took it.
     */
    public record Entry(
            String name, Instant written, String to, String subject, MailState state, String note, Instant sent) {}

    /** One message in full: its headers in words and its text. */
    public record Letter(Entry entry, String from, String text) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    MailSettings settings;

    /** The newest messages first, at most {@code limit}. */
    public List<Entry> list(int limit) {
        TextCipher cipher = keys.cipher();
        return em.createNamedQuery("OutboxMail.newest", OutboxMail.class)
                .setMaxResults(limit)
                .getResultStream()
                .map(m -> entry(m, cipher))
                .toList();
    }

    public Letter read(String name) {
        OutboxMail m = name == null || name.isBlank() ? null : em.find(OutboxMail.class, name);
        if (m == null) {
            throw new NotFoundException("There is no such message in the outbox.");
        }
        TextCipher cipher = keys.cipher();
        return new Letter(entry(m, cipher), settings.from(), m.readBody(cipher));
    }

    private static Entry entry(OutboxMail m, TextCipher cipher) {
        String name = m.readToName(cipher);
        String address = m.readToAddress(cipher);
        return new Entry(
                m.getId(),
                m.getQueuedAt(),
                name.isEmpty() ? address : name + " <" + address + ">",
                m.readSubject(cipher),
                m.getState(),
                m.getNote(),
                m.getSentAt());
    }
}
