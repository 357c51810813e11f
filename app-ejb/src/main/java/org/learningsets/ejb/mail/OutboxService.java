package org.learningsets.ejb.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.learningsets.model.security.Role;

/**
 * The outbox for administrators: every message the application sends, with where it stands; those kept because no
 * mail server is set up (or it refused them) can be read in full and passed on by hand.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class OutboxService {

    /** The outbox page lists this many messages, newest first. */
    public static final int SHOWN = 200;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    public List<Outbox.Entry> newest() {
        return outbox.list(SHOWN);
    }

    public Outbox.Letter read(String name) {
        return outbox.read(name);
    }

    /** True when messages are sent by SMTP (the outbox then holds only those the server refused). */
    public boolean sendingBySmtp() {
        return settings.smtpConfigured();
    }
}
