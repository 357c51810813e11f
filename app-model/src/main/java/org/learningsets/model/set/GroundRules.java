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

/**
 * One version of a set's ground rules (confidentiality, honesty, safety, attendance, time). A changed text is a
 * new version, which every member agrees to again.
 */
@Entity
@Table(name = "ground_rules", uniqueConstraints = @UniqueConstraint(columnNames = {"set_id", "version_number"}))
@NamedQuery(name = "GroundRules.latestOf", query = "select g from GroundRules g where g.set = :set order by g.versionNumber desc")
public class GroundRules extends EditableEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "set_id", nullable = false)
    private LearningSet set;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @NotBlank
    @Size(max = FieldLengths.LONG_TEXT)
    @Column(name = "rules_text", length = FieldLengths.LONG_TEXT, nullable = false)
    private String text;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected GroundRules() {
    }

    public GroundRules(LearningSet set, int versionNumber, String text, Instant createdAt) {
        this.set = Checks.required(set, "Set");
        this.versionNumber = Checks.between(versionNumber, 1, 1000, "Ground rules version");
        this.text = Checks.text(text, "Ground rules", FieldLengths.LONG_TEXT);
        this.createdAt = Checks.required(createdAt, "Creation time");
    }

    public LearningSet getSet() {
        return set;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
