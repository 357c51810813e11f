package org.learningsets.model.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.confidentiality.EncryptedText;
import org.learningsets.model.confidentiality.Removal;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.person.Person;

/** A member's private reflection after a meeting; readable by its author only. */
@Entity
@Table(name = "learning_log_entry")
@NamedQuery(name = "LearningLogEntry.ofSet", query = "select e from LearningLogEntry e where e.meeting.set = :set")
@NamedQuery(
        name = "LearningLogEntry.ofAuthor",
        query = "select e from LearningLogEntry e where e.author = :author order by e.writtenAt desc")
public class LearningLogEntry extends EditableEntity implements EncryptedText {

    private static final String LEARNED = "learning_log_entry.what_i_learned:";
    private static final String DIFFERENTLY = "learning_log_entry.what_i_will_do_differently:";

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", nullable = false)
    private Person author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Size(max = FieldLengths.LONG_TEXT_STORED)
    @Column(name = "what_i_learned", length = FieldLengths.LONG_TEXT_STORED)
    private String whatILearned;

    @Size(max = FieldLengths.LONG_TEXT_STORED)
    @Column(name = "what_i_will_do_differently", length = FieldLengths.LONG_TEXT_STORED)
    private String whatIWillDoDifferently;

    @NotNull
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected LearningLogEntry() {}

    public LearningLogEntry(
            Person author,
            Meeting meeting,
            String whatILearned,
            String whatIWillDoDifferently,
            Instant writtenAt,
            TextCipher cipher) {
        this.author = Checks.required(author, "Author");
        this.meeting = meeting;
        this.writtenAt = Checks.required(writtenAt, "Time written");
        rewrite(whatILearned, whatIWillDoDifferently, cipher);
    }

    /** Both answers are stored encrypted, each bound to this row and its column (see {@link TextCipher}). */
    public final void rewrite(String learned, String doDifferently, TextCipher cipher) {
        Checks.required(cipher, "Cipher");
        String l = Checks.optionalText(learned, "What I learned", FieldLengths.LONG_TEXT);
        String d = Checks.optionalText(doDifferently, "What I will do differently", FieldLengths.LONG_TEXT);
        if (l == null && d == null) {
            throw new InvalidInputException("Write what you learned, what you will do differently, or both.");
        }
        this.whatILearned = cipher.encrypt(l, LEARNED + getId());
        this.whatIWillDoDifferently = cipher.encrypt(d, DIFFERENTLY + getId());
    }

    public String readWhatILearned(TextCipher cipher) {
        return cipher.decrypt(whatILearned, LEARNED + getId());
    }

    public String readWhatIWillDoDifferently(TextCipher cipher) {
        return cipher.decrypt(whatIWillDoDifferently, DIFFERENTLY + getId());
    }

    /** Re-encrypts with the current key (key rotation); true when anything changed. */
    /** Replaces both answers by the reason they were removed; the meeting and date stay. */
    public void erase(Removal why, TextCipher cipher) {
        this.whatILearned = cipher.encrypt(Checks.required(why, "Reason").text(), LEARNED + getId());
        this.whatIWillDoDifferently = null;
    }

    @Override
    public boolean reEncrypt(TextCipher cipher) {
        boolean changed = false;
        if (whatILearned != null && cipher.needsReEncryption(whatILearned)) {
            whatILearned = cipher.reEncrypt(whatILearned, LEARNED + getId());
            changed = true;
        }
        if (whatIWillDoDifferently != null && cipher.needsReEncryption(whatIWillDoDifferently)) {
            whatIWillDoDifferently = cipher.reEncrypt(whatIWillDoDifferently, DIFFERENTLY + getId());
            changed = true;
        }
        return changed;
    }

    public Person getAuthor() {
        return author;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
