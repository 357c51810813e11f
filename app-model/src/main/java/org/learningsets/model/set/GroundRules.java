package org.learningsets.model.set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.EncryptedText;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.person.Person;

/**
 * One version of a set's ground rules (confidentiality, honesty, safety, attendance, time). A changed text is a
 * new version, which every member agrees to again. The facilitator writes a version as a draft first and publishes
 * it; only published versions are agreed to. The text is stored encrypted: a set's own rules may name its people
 * and what they agreed to keep to themselves.
 */
@Entity
@Table(name = "ground_rules", uniqueConstraints = @UniqueConstraint(columnNames = {"set_id", "version_number"}))
@NamedQuery(
        name = "GroundRules.latestOf",
        query =
                "select g from GroundRules g where g.set = :set and g.publishedAt is not null order by g.versionNumber desc")
@NamedQuery(
        name = "GroundRules.draftOf",
        query = "select g from GroundRules g where g.set = :set and g.publishedAt is null")
@NamedQuery(
        name = "GroundRules.currentOfSets",
        query =
                "select g from GroundRules g where g.set in :sets and g.publishedAt is not null and g.versionNumber = (select max(c.versionNumber) from GroundRules c where c.set = g.set and c.publishedAt is not null)")
public class GroundRules extends EditableEntity implements EncryptedText {

    private static final String TEXT = "ground_rules.rules_text:";

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "set_id", nullable = false)
    private LearningSet set;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @NotBlank
    @Size(max = FieldLengths.LONG_TEXT_STORED)
    @Column(name = "rules_text", length = FieldLengths.LONG_TEXT_STORED, nullable = false)
    private String text;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Null while a draft: only published versions are agreed to and guard the set's content. */
    @Column(name = "published_at")
    private Instant publishedAt;

    /** Who wrote this version last (null for versions from before drafts, and for generated data). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "written_by_id")
    private Person writtenBy;

    protected GroundRules() {}

    /** A version published at once, at {@code createdAt}. */
    public GroundRules(LearningSet set, int versionNumber, String text, Instant createdAt, TextCipher cipher) {
        this(set, versionNumber, text, createdAt, null, cipher);
        this.publishedAt = createdAt;
    }

    private GroundRules(
            LearningSet set, int versionNumber, String text, Instant createdAt, Person writtenBy, TextCipher cipher) {
        this.set = Checks.required(set, "Set");
        this.versionNumber = Checks.between(versionNumber, 1, 1000, "Ground rules version");
        this.text = encrypted(text, cipher);
        this.createdAt = Checks.required(createdAt, "Creation time");
        this.writtenBy = writtenBy;
    }

    /** A draft of the next version, which nobody agrees to until it is published. */
    public static GroundRules draft(
            LearningSet set, int versionNumber, String text, Instant now, Person by, TextCipher cipher) {
        return new GroundRules(set, versionNumber, text, now, Checks.required(by, "Author"), cipher);
    }

    /** Changes the draft's text; a published version never changes. */
    public void redraft(String newText, Instant now, Person by, TextCipher cipher) {
        requireDraft();
        this.text = encrypted(newText, cipher);
        this.createdAt = Checks.required(now, "Time");
        this.writtenBy = Checks.required(by, "Author");
    }

    private String encrypted(String plain, TextCipher cipher) {
        return Checks.required(cipher, "Cipher")
                .encrypt(Checks.text(plain, "Ground rules", FieldLengths.LONG_TEXT), TEXT + getId());
    }

    public void publish(Instant now) {
        requireDraft();
        this.publishedAt = Checks.required(now, "Publication time");
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    private void requireDraft() {
        if (publishedAt != null) {
            throw new StateException("Version " + versionNumber + " of the ground rules is published and cannot "
                    + "change; write a new version instead.");
        }
    }

    public String readText(TextCipher cipher) {
        return cipher.decrypt(text, TEXT + getId());
    }

    /** Re-encrypts with the primary key (key rotation); true when it changed. */
    @Override
    public boolean reEncrypt(TextCipher cipher) {
        if (!cipher.needsReEncryption(text)) {
            return false;
        }
        text = cipher.reEncrypt(text, TEXT + getId());
        return true;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Person getWrittenBy() {
        return writtenBy;
    }

    public LearningSet getSet() {
        return set;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
