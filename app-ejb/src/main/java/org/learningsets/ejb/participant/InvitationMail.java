package org.learningsets.ejb.participant;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.learningsets.ejb.mail.OutgoingMail;
import org.learningsets.model.common.TimeZones;

/** The invitation a newly imported participant receives: who enrolled them where, and the link to set a password. */
final class InvitationMail {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).withZone(TimeZones.LONDON);

    private InvitationMail() {}

    static OutgoingMail of(
            String fullName, String email, String programme, String lead, String link, Instant expiresAt) {
        String text = """
                Dear %s,

                %s has enrolled you in the programme "%s" on Learning Sets, where you will meet your action \
                learning set.

                Please set your password with this link. It works once, until %s:

                %s

                Then sign in with your email address, %s.

                If you did not expect this message, you can ignore it; nothing happens until the password is set.
                """.formatted(fullName, lead, programme, DAY.format(expiresAt), link, email);
        return new OutgoingMail(email, fullName, "Set your password for Learning Sets", text);
    }
}
