package org.learningsets.model.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.confidentiality.EncryptedText;
import org.learningsets.model.confidentiality.Removal;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.person.Person;

/** Progress on an action, usually reported at a check-in. */
@Entity
@Table(name = "progress_update")
@NamedQuery(name = "ProgressUpdate.ofAuthor", query = "select p from ProgressUpdate p where p.author = :author")
@NamedQuery(
        name = "ProgressUpdate.ofAction",
        query = "select p from ProgressUpdate p where p.action = :action order by p.reportedAt")
@NamedQuery(
        name = "ProgressUpdate.ofActions",
        query = "select p from ProgressUpdate p join fetch p.author where p.action in :actions order by p.reportedAt")
@NamedQuery(
        name = "ProgressUpdate.meetingsOfIssue",
        query =
                "select new org.learningsets.model.action.AtMeeting(p.id, m.id) from ProgressUpdate p join p.meeting m where p.action.issue = :issue")
public class ProgressUpdate extends EditableEntity implements EncryptedText {

    private static final String NOTE = "progress_update.note:";

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "action_id", nullable = false)
    private Action action;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", nullable = false)
    private Person author;

    @NotBlank
    @Size(max = FieldLengths.LONG_TEXT_STORED)
    @Column(name = "note", length = FieldLengths.LONG_TEXT_STORED, nullable = false)
    private String note;

    @NotNull
    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected ProgressUpdate() {}

    /** The note is stored encrypted, bound to this row (see {@link TextCipher}). */
    public ProgressUpdate(
            Action action, Meeting meeting, Person author, String note, Instant reportedAt, TextCipher cipher) {
        this.action = Checks.required(action, "Action");
        this.meeting = meeting;
        this.author = Checks.required(author, "Author");
        this.note = Checks.required(cipher, "Cipher")
                .encrypt(Checks.text(note, "Progress note", FieldLengths.LONG_TEXT), NOTE + getId());
        this.reportedAt = Checks.required(reportedAt, "Time reported");
    }

    public String readNote(TextCipher cipher) {
        return cipher.decrypt(note, NOTE + getId());
    }

    /** Re-encrypts with the current key (key rotation); true when it changed. */
    /** Replaces the note by the reason it was removed; who reported and when stay. */
    public void erase(Removal why, TextCipher cipher) {
        this.note = cipher.encrypt(Checks.required(why, "Reason").text(), NOTE + getId());
    }

    @Override
    public boolean reEncrypt(TextCipher cipher) {
        if (!cipher.needsReEncryption(note)) {
            return false;
        }
        note = cipher.reEncrypt(note, NOTE + getId());
        return true;
    }

    public Action getAction() {
        return action;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Person getAuthor() {
        return author;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
