package org.learningsets.ejb.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.learningsets.ejb.platform.ConfigKeys;

/** The SMTP server and outbox folder from configuration; no host means "write to the outbox". */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = ConfigKeys.SMTP_HOST)
    Optional<String> host;

    @Inject
    @ConfigProperty(name = ConfigKeys.SMTP_PORT, defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = ConfigKeys.SMTP_USER)
    Optional<String> user;

    @Inject
    @ConfigProperty(name = ConfigKeys.SMTP_PASSWORD)
    Optional<String> password;

    @Inject
    @ConfigProperty(name = ConfigKeys.SMTP_FROM, defaultValue = "Learning Sets <no-reply@learningsets.invalid>")
    String from;

    @Inject
    @ConfigProperty(name = ConfigKeys.SMTP_STARTTLS, defaultValue = "true")
    boolean startTls;

    @Inject
    @ConfigProperty(name = ConfigKeys.OUTBOX_DIR, defaultValue = "./data/outbox")
    String outboxDir;

    public boolean smtpConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String from() {
        return from;
    }

    /** Where the first releases wrote messages as .eml files; read once at start-up into the outbox table. */
    public Path legacyOutboxFolder() {
        return Path.of(outboxDir).toAbsolutePath().normalize();
    }

    /** The domain of the Message-IDs: the sender's, or a reserved one. */
    public String messageDomain() {
        try {
            String address = new jakarta.mail.internet.InternetAddress(from).getAddress();
            int at = address.lastIndexOf('@');
            return at > 0 && at < address.length() - 1 ? address.substring(at + 1) : "learningsets.invalid";
        } catch (jakarta.mail.internet.AddressException e) {
            return "learningsets.invalid";
        }
    }

    /** A mail session for the SMTP server (STARTTLS required when switched on), or a bare one for the outbox. */
    public Session session() {
        Properties p = new Properties();
        if (!smtpConfigured()) {
            return Session.getInstance(p);
        }
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", host.get().strip());
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.writetimeout", "20000");
        if (startTls) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (user.filter(u -> !u.isBlank()).isEmpty()) {
            return Session.getInstance(p);
        }
        p.put("mail.smtp.auth", "true");
        String name = user.get().strip();
        String secret = password.orElse("");
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(name, secret);
            }
        });
    }
}
