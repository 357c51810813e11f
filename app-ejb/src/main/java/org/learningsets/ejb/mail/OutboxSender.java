package org.learningsets.ejb.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningsets.ejb.cluster.ClusterNodes;
import org.learningsets.ejb.platform.ApplicationStatus;
import org.learningsets.ejb.platform.LogText;

/**
 * Sends what the outbox holds, on every node: right after a transaction queued mail (asynchronously, so the page does
 * not wait for the mail server), and every 15 seconds for anything left (a retry that is due, a message whose node
 * stopped half-way). Each message is claimed in the database first, so exactly one node sends it; the claim is
 * committed before the mail server is contacted and the outcome after, so a node that dies in between leaves a claim
 * the others take over. A message is sent twice only if a node dies in the moment between the mail server accepting
 * it and the database recording that; it then carries the same Message-ID both times.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 50;

    @EJB
    OutboxClaims claims;

    @EJB
    ClusterNodes nodes;

    @EJB
    ApplicationStatus status;

    @Inject
    MailSettings settings;

    /** After a commit that queued mail. */
    @Asynchronous
    public void kick() {
        sendDue();
    }

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false, info = "Learning Sets outbox sender")
    public void everyFewSeconds() {
        sendDue();
    }

    /** Claims and sends due messages until none is left; returns how many this call sent. */
    public int sendDue() {
        if (status.failure().isPresent() || !settings.smtpConfigured()) {
            return 0;
        }
        int sent = 0;
        try {
            List<String> live = nodes.liveIds();
            List<String> due;
            do {
                due = claims.due(live, Instant.now(), BATCH);
                for (String id : due) {
                    Optional<OutboxClaims.Claimed> claimed = claims.claim(id, nodes.nodeId(), live, Instant.now());
                    if (claimed.isPresent() && send(claimed.get())) {
                        sent++;
                    }
                }
            } while (due.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The outbox could not be read; the next run tries again.", e);
        }
        return sent;
    }

    private boolean send(OutboxClaims.Claimed mail) {
        Session session = settings.session();
        try {
            MimeMessage message = message(session, mail);
            try (Transport transport = session.getTransport()) {
                transport.connect();
                transport.sendMessage(message, message.getAllRecipients());
            }
            claims.sent(mail.id(), Instant.now());
            return true;
        } catch (SendFailedException | UnsupportedEncodingException e) {
            // The server refused the recipient or the message: trying again will not help.
            LOG.log(Level.WARNING, "The mail server refused a message; it is kept in the outbox", e);
            claims.keep(mail.id(), "The mail server refused it: " + LogText.oneLine(String.valueOf(e.getMessage())));
        } catch (MessagingException e) {
            LOG.log(
                    Level.WARNING,
                    LogText.oneLine("The mail server could not be reached; the message is tried " + "again later"),
                    e);
            claims.failed(
                    mail.id(),
                    "The mail server could not be reached: " + LogText.oneLine(String.valueOf(e.getMessage())),
                    Instant.now());
        }
        return false;
    }

    private MimeMessage message(Session session, OutboxClaims.Claimed mail)
            throws MessagingException, UnsupportedEncodingException {
        String messageId = mail.messageId();
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId); // the same on every try
            }
        };
        m.setFrom(new InternetAddress(settings.from()));
        m.setRecipient(
                Message.RecipientType.TO,
                new InternetAddress(mail.toAddress(), mail.toName(), StandardCharsets.UTF_8.name()));
        m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        m.setText(mail.body(), StandardCharsets.UTF_8.name());
        m.setSentDate(new Date());
        m.saveChanges();
        return m;
    }
}
