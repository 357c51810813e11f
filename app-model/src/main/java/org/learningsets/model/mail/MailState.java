package org.learningsets.model.mail;

/** Where a message in the outbox stands. */
public enum MailState {
    /** Queued; the next sender run on any node takes it. */
    WAITING,
    /** Claimed by one node's sender, which is sending it now. */
    SENDING,
    /** The mail server accepted it. */
    SENT,
    /** Not sent and not to be tried again (no mail server is set up, or it refused the message): for the outbox page. */
    KEPT
}
