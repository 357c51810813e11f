package org.learningsets.model.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.EncryptedText;
import org.learningsets.model.confidentiality.TextCipher;

/**
 * One message in the shared outbox. Queued in the transaction that made it; a node's sender claims it (state SENDING,
 * the node's id), sends it and marks it sent; a claim whose node stopped is taken over by another node. The recipient,
 * subject and text are stored encrypted: invitations hold password links, and notices name sets and people.
 */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(name = "OutboxMail.newest", query = "select m from OutboxMail m order by m.queuedAt desc, m.id")
@NamedQuery(
        name = "OutboxMail.dueIds",
        query =
                "select m.id from OutboxMail m where (m.state = org.learningsets.model.mail.MailState.WAITING and (m.nextAttemptAt is null or m.nextAttemptAt <= :now)) or (m.state = org.learningsets.model.mail.MailState.SENDING and m.claimedBy not in :liveNodes) order by m.queuedAt")
@NamedQuery(
        name = "OutboxMail.claim",
        query =
                "update OutboxMail m set m.state = org.learningsets.model.mail.MailState.SENDING, m.claimedBy = :node, m.claimedAt = :now, m.version = m.version + 1 where m.id = :id and ((m.state = org.learningsets.model.mail.MailState.WAITING and (m.nextAttemptAt is null or m.nextAttemptAt <= :now)) or (m.state = org.learningsets.model.mail.MailState.SENDING and m.claimedBy not in :liveNodes))")
public class OutboxMail extends EditableEntity implements EncryptedText {

    /** After this many failed tries (about a day with the waits below) a message is kept for the lead to pass on. */
    public static final int MAX_ATTEMPTS = 12;

    private static final String ADDRESS = "outbox_mail.to_address:";
    private static final String NAME = "outbox_mail.to_name:";
    private static final String SUBJECT = "outbox_mail.subject:";
    private static final String BODY = "outbox_mail.body:";

    @NotNull
    @Column(name = "to_address", length = 2048, nullable = false)
    private String toAddress;

    @NotNull
    @Column(name = "to_name", length = FieldLengths.NAME_STORED, nullable = false)
    private String toName;

    @NotNull
    @Column(name = "subject", length = FieldLengths.NAME_STORED, nullable = false)
    private String subject;

    @NotNull
    @Column(name = "body", length = FieldLengths.LONG_TEXT_STORED, nullable = false)
    private String body;

    /** The same Message-ID on every try, so a message tried twice can be recognised as one by mail programs. */
    @NotNull
    @Column(name = "message_id", length = 200, nullable = false)
    private String messageId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 20, nullable = false)
    private MailState state = MailState.WAITING;

    @NotNull
    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = FieldLengths.ID)
    private String claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "note", length = 500)
    private String note;

    protected OutboxMail() {}

    public OutboxMail(
            String toAddress,
            String toName,
            String subject,
            String body,
            String messageDomain,
            Instant queuedAt,
            TextCipher cipher) {
        Checks.required(cipher, "Cipher");
        this.toAddress =
                cipher.encrypt(Checks.text(toAddress, "Recipient's address", FieldLengths.EMAIL), ADDRESS + getId());
        this.toName = cipher.encrypt(
                Checks.optionalText(toName, "Recipient's name", FieldLengths.NAME) == null ? "" : toName.strip(),
                NAME + getId());
        this.subject = cipher.encrypt(Checks.text(subject, "Subject", FieldLengths.NAME), SUBJECT + getId());
        this.body = cipher.encrypt(Checks.text(body, "Message", FieldLengths.LONG_TEXT), BODY + getId());
        this.messageId = "<" + getId() + "@" + Checks.text(messageDomain, "Message domain", 150) + ">";
        this.queuedAt = Checks.required(queuedAt, "When");
    }

    /** Not to be sent at all (no mail server is set up): kept at once for the outbox page, with why. */
    public void keep(String why) {
        this.state = MailState.KEPT;
        this.note = Checks.text(why, "Why", 500);
        this.claimedBy = null;
    }

    /** The claiming node's send went through. */
    public void sent(Instant when) {
        requireSending();
        this.state = MailState.SENT;
        this.sentAt = Checks.required(when, "When");
        this.note = null;
    }

    /**
     * The claiming node's send failed for a reason that may pass (the server could not be reached): back to waiting,
     * tried again after a wait that doubles each time (1, 2, 4 ... minutes, at most 4 hours), kept after
     * {@link #MAX_ATTEMPTS}.
     */
    public void failed(String why, Instant now) {
        requireSending();
        attempts++;
        claimedBy = null;
        if (attempts >= MAX_ATTEMPTS) {
            keep("Not sent after " + attempts + " tries: " + shorten(why));
            return;
        }
        state = MailState.WAITING;
        note = shorten(why);
        nextAttemptAt = now.plus(Duration.ofMinutes(Math.min(240, 1L << (attempts - 1))));
    }

    private void requireSending() {
        if (state != MailState.SENDING) {
            throw new StateException("This message is not being sent.");
        }
    }

    private static String shorten(String text) {
        String plain = text == null || text.isBlank()
                ? "no reason given"
                : text.strip().replaceAll("\\s+", " ");
        return plain.length() > 400 ? plain.substring(0, 400) + "…" : plain;
    }

    public String readToAddress(TextCipher cipher) {
        return cipher.decrypt(toAddress, ADDRESS + getId());
    }

    public String readToName(TextCipher cipher) {
        return cipher.decrypt(toName, NAME + getId());
    }

    public String readSubject(TextCipher cipher) {
        return cipher.decrypt(subject, SUBJECT + getId());
    }

    public String readBody(TextCipher cipher) {
        return cipher.decrypt(body, BODY + getId());
    }

    @Override
    public boolean reEncrypt(TextCipher cipher) {
        boolean changed = false;
        if (cipher.needsReEncryption(toAddress)) {
            toAddress = cipher.reEncrypt(toAddress, ADDRESS + getId());
            changed = true;
        }
        if (cipher.needsReEncryption(toName)) {
            toName = cipher.reEncrypt(toName, NAME + getId());
            changed = true;
        }
        if (cipher.needsReEncryption(subject)) {
            subject = cipher.reEncrypt(subject, SUBJECT + getId());
            changed = true;
        }
        if (cipher.needsReEncryption(body)) {
            body = cipher.reEncrypt(body, BODY + getId());
            changed = true;
        }
        return changed;
    }

    public String getMessageId() {
        return messageId;
    }

    public MailState getState() {
        return state;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getNote() {
        return note;
    }

    public String getClaimedBy() {
        return claimedBy;
    }
}
