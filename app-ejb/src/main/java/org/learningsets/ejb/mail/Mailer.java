package org.learningsets.ejb.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningsets.ejb.platform.LogText;

/**
 * Sends messages through the configured SMTP server (Jakarta Mail, one connection per batch), or, with no server
 * configured, writes each to the outbox folder. A message the server refuses is kept in the outbox too, so that
 * nothing is lost and an administrator can forward it.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    MailSettings settings;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail.Batch batch) {
        send(batch.mails());
    }

    public void send(List<OutgoingMail> mails) {
        if (mails.isEmpty()) {
            return;
        }
        Session session = settings.session();
        List<MimeMessage> messages = new ArrayList<>();
        for (OutgoingMail mail : mails) {
            try {
                messages.add(message(session, mail));
            } catch (MessagingException | UnsupportedEncodingException e) {
                LOG.log(Level.WARNING, LogText.oneLine("A message to " + mail.toAddress() + " could not be made"), e);
            }
        }
        if (!settings.smtpConfigured()) {
            messages.forEach(outbox::write);
            return;
        }
        try (Transport transport = session.getTransport()) {
            transport.connect();
            for (MimeMessage m : messages) {
                try {
                    transport.sendMessage(m, m.getAllRecipients());
                } catch (MessagingException e) {
                    LOG.log(Level.WARNING, "The mail server refused a message; it is kept in the outbox", e);
                    outbox.write(m);
                }
            }
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, LogText.oneLine("The mail server could not be reached; " + messages.size()
                    + " messages are kept in the outbox"), e);
            messages.forEach(outbox::write);
        }
    }

    private MimeMessage message(Session session, OutgoingMail mail)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(settings.from()));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.toAddress(), mail.toName(),
                StandardCharsets.UTF_8.name()));
        m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        m.setText(mail.text(), StandardCharsets.UTF_8.name());
        m.setSentDate(Date.from(clock.instant()));
        m.saveChanges();
        return m;
    }
}
