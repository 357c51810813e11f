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
import org.learningsets.model.confidentiality.EncryptedText;
import org.learningsets.model.confidentiality.TextCipher;
import java.time.Instant;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.FieldLengths;

/**
 * One version of a set's ground rules (confidentiality, honesty, safety, attendance, time). A changed text is a
 * new version, which every member agrees to again.
 */
@Entity
@Table(name = "ground_rules", uniqueConstraints = @UniqueConstraint(columnNames = {"set_id", "version_number"}))
@NamedQuery(name = "GroundRules.latestOf", query = "select g from GroundRules g where g.set = :set order by g.versionNumber desc")
public class GroundRules extends EditableEntity implements EncryptedText {

    private static final String TEXT = "ground_rules.rules_text:";

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "set_id", nullable = false)
    private LearningSet set;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    /** Stored encrypted: a set's own rules may name its people and what they agreed to keep to themselves. */
    @NotBlank
    @Size(max = FieldLengths.LONG_TEXT_STORED)
    @Column(name = "rules_text", length = FieldLengths.LONG_TEXT_STORED, nullable = false)
    private String text;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected GroundRules() {
    }

    public GroundRules(LearningSet set, int versionNumber, String text, Instant createdAt, TextCipher cipher) {
        this.set = Checks.required(set, "Set");
        this.versionNumber = Checks.between(versionNumber, 1, 1000, "Ground rules version");
        this.text = Checks.required(cipher, "Cipher").encrypt(Checks.text(text, "Ground rules",
                FieldLengths.LONG_TEXT), TEXT + getId());
        this.createdAt = Checks.required(createdAt, "Creation time");
    }

    public LearningSet getSet() {
        return set;
    }

    public int getVersionNumber() {
        return versionNumber;
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

    public Instant getCreatedAt() {
        return createdAt;
    }
}
