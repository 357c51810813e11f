package org.learningsets.ejb.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.learningsets.model.common.NotFoundException;

/**
 * The outbox folder: one RFC 822 message per .eml file, named so that names sort by time. Invitations hold
 * password links, so the files (and the folder, when made here) are for the server's own user only, where the
 * file system has permissions.
 */
@ApplicationScoped
public class Outbox {

    /** The names this class writes; anything else in the folder is never opened. */
    static final Pattern NAME = Pattern.compile("\\d{8}-\\d{9}-[0-9a-f]{8}\\.eml");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS")
            .withZone(ZoneOffset.UTC);

    /** A message as the outbox page shows it. */
    public record Entry(String name, Instant written, String to, String subject) {
    }

    /** One message in full: its headers in words and its text. */
    public record Letter(Entry entry, String from, String text) {
    }

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    void write(MimeMessage message) {
        try {
            Path dir = settings.outbox();
            if (!Files.isDirectory(dir)) {
                ownerOnly(Files.createDirectories(dir), "rwx------");
            }
            String name = STAMP.format(clock.instant()) + "-" + UUID.randomUUID().toString().substring(0, 8) + ".eml";
            Path temporary = Files.createTempFile(dir, "writing-", ".tmp");
            ownerOnly(temporary, "rw-------");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                message.writeTo(out);
            }
            try {
                Files.move(temporary, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, dir.resolve(name));
            }
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("A message could not be written to the outbox folder "
                    + settings.outbox() + " (set LEARNINGSETS_OUTBOX_DIR to a folder the application may write to)",
                    e);
        }
    }

    /** The newest messages first, at most {@code limit}. */
    public List<Entry> list(int limit) {
        Path dir = settings.outbox();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> NAME.matcher(n).matches())
                    .sorted(Comparator.reverseOrder()).limit(limit)
                    .map(n -> read(n).entry()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Letter read(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new NotFoundException("There is no such message in the outbox.");
        }
        Path file = settings.outbox().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("There is no such message in the outbox.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage m = new MimeMessage(settings.session(), in);
            Object content = m.getContent();
            Entry entry = new Entry(name, m.getSentDate() == null ? Files.getLastModifiedTime(file).toInstant()
                    : m.getSentDate().toInstant(), addresses(m.getAllRecipients()), m.getSubject());
            return new Letter(entry, addresses(m.getFrom()), content instanceof String s ? s
                    : "(This message has no plain text part.)");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("The outbox message " + name + " could not be read", e);
        }
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString)
                .map(Outbox::decoded).collect(Collectors.joining(", "));
    }

    private static String decoded(String address) {
        try {
            return jakarta.mail.internet.MimeUtility.decodeText(address);
        } catch (java.io.UnsupportedEncodingException e) {
            return address;
        }
    }

    private static void ownerOnly(Path path, String permissions) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: the folder's own permissions apply.
        }
    }
}
