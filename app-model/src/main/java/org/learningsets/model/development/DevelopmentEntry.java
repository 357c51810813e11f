package org.learningsets.model.development;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.learningsets.model.person.Person;

/**
 * One dated entry of a development record: a self-assessment, observation or written feedback against a competency,
 * a development goal (against a competency or none), or a reflection on co-facilitation by the trainee or their
 * mentor (against a competency or none). The text is stored encrypted, bound to this row.
 */
@Entity
@Table(name = "development_entry")
@NamedQuery(
        name = "DevelopmentEntry.countReflections",
        query = "select count(e) from DevelopmentEntry e where e.record.facilitator = :trainee and e.kind in :kinds"
                + " and e.writtenAt >= :since")
@NamedQuery(
        name = "DevelopmentEntry.ofRecord",
        query = "select e from DevelopmentEntry e where e.record = :record order by e.writtenAt desc")
@NamedQuery(
        name = "DevelopmentEntry.aboutOrBy",
        query = "select e from DevelopmentEntry e where e.record.facilitator = :person or e.author = :person"
                + " order by e.writtenAt, e.id")
public class DevelopmentEntry extends EditableEntity implements EncryptedText {

    private static final String TEXT = "development_entry.entry_text:";

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "record_id", nullable = false, updatable = false)
    private DevelopmentRecord record;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "competency_id")
    private Competency competency;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private EntryKind kind;

    @NotNull
    @Size(max = FieldLengths.LONG_TEXT_STORED)
    @Column(name = "entry_text", nullable = false, length = FieldLengths.LONG_TEXT_STORED)
    private String text;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Person author;

    @NotNull
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected DevelopmentEntry() {}

    /** Only a goal or a co-facilitation reflection may stand without a competency; the rest is written against one. */
    public DevelopmentEntry(
            DevelopmentRecord record,
            Competency competency,
            EntryKind kind,
            String text,
            Person author,
            Instant writtenAt,
            TextCipher cipher) {
        this.record = Checks.required(record, "Record");
        this.kind = Checks.required(kind, "What you are writing");
        if (competency == null && kind != EntryKind.GOAL && !kind.reflection()) {
            throw new InvalidInputException("Choose the competency this is about.");
        }
        this.competency = competency;
        this.author = Checks.required(author, "Author");
        this.writtenAt = Checks.required(writtenAt, "Time written");
        String typed = Checks.text(text, "The text", FieldLengths.LONG_TEXT);
        this.text = Checks.required(cipher, "Cipher").encrypt(typed, TEXT + getId());
    }

    public String readText(TextCipher cipher) {
        return cipher.decrypt(text, TEXT + getId());
    }

    /** Keeps the entry (its kind, competency and date) and replaces its text with why it was removed. */
    public void erase(Removal why, TextCipher cipher) {
        this.text = cipher.encrypt(Checks.required(why, "Reason").text(), TEXT + getId());
    }

    @Override
    public boolean reEncrypt(TextCipher cipher) {
        if (cipher.needsReEncryption(text)) {
            text = cipher.reEncrypt(text, TEXT + getId());
            return true;
        }
        return false;
    }

    public DevelopmentRecord getRecord() {
        return record;
    }

    public Competency getCompetency() {
        return competency;
    }

    public EntryKind getKind() {
        return kind;
    }

    public Person getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
