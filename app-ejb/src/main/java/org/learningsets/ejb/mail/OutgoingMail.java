package org.learningsets.ejb.mail;

import java.util.List;

/** A plain-text message to one person. */
public record OutgoingMail(String toAddress, String toName, String subject, String text) {

    /**
     * Messages to send once the transaction that made them commits (a CDI event observed after success), so a
     * refused or rolled-back change never sends mail.
     */
    public record Batch(List<OutgoingMail> mails) {

        public Batch {
            mails = List.copyOf(mails);
        }
    }
}
