package org.learningsets.ejb.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.platform.LogText;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.mail.OutboxMail;

/**
 * The first releases wrote unsent messages as .eml files into an outbox folder of each server. At start-up those files
 * move into the shared outbox table (kept, as they were), in one transaction, and are deleted once it commits, so the
 * invitation links they hold appear on the Outbox page of every node and no longer lie on the disk in clear.
 */
@Stateless
@PermitAll
public class LegacyOutboxImport {

    private static final Logger LOG = Logger.getLogger(LegacyOutboxImport.class.getName());
    /** The names the first releases wrote; nothing else in the folder is opened. */
    private static final Pattern NAME = Pattern.compile("\\d{8}-\\d{9}-[0-9a-f]{8}\\.eml");

    static final String NOTE = "Written to the outbox folder by an earlier release of Learning Sets, not sent.";

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSettings settings;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    Clock clock;

    /** Imports the folder's messages; returns the files to delete once the transaction has committed. */
    public List<Path> importFolder() {
        Path folder = settings.legacyOutboxFolder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        TextCipher cipher = keys.cipher();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> messages = files.filter(
                            p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .toList();
            for (Path file : messages) {
                em.persist(read(file, cipher));
            }
            return messages;
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(
                    "The outbox folder " + folder + " could not be read into the outbox " + "table (" + e.getMessage()
                            + ")",
                    e);
        }
    }

    private OutboxMail read(Path file, TextCipher cipher) throws IOException, MessagingException {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage m = new MimeMessage(settings.session(), in);
            Address[] to = m.getAllRecipients();
            InternetAddress recipient = to != null && to.length > 0 && to[0] instanceof InternetAddress a
                    ? a
                    : new InternetAddress("unknown@learningsets.invalid");
            Object content = m.getContent();
            OutboxMail mail = new OutboxMail(
                    recipient.getAddress(),
                    recipient.getPersonal(),
                    m.getSubject() == null ? "(no subject)" : m.getSubject(),
                    content instanceof String s ? s : "(This message has no plain text part.)",
                    settings.messageDomain(),
                    m.getSentDate() == null ? clock.instant() : m.getSentDate().toInstant(),
                    cipher);
            mail.keep(NOTE);
            return mail;
        }
    }

    /** After the commit: the imported files are deleted (a failure is logged; the next start finds none twice). */
    public static void delete(List<Path> files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, LogText.oneLine("An imported outbox file could not be deleted: " + file), e);
            }
        }
    }
}
