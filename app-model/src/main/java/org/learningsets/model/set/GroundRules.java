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
import org.learningsets.model.person.Person;

/**
 * One version of a set's ground rules (confidentiality, honesty, safety, attendance, time). The facilitator writes
 * a draft, edits it as often as needed, and publishes it; a published version never changes. A changed text is a
 * new version, which every member agrees to again. At most one draft per set (the service holds the set's row).
 */
@Entity
@Table(name = "ground_rules", uniqueConstraints = @UniqueConstraint(columnNames = {"set_id", "version_number"}))
@NamedQuery(name = "GroundRules.latestOf", query = "select g from GroundRules g where g.set = :set and g.publishedAt is not null order by g.versionNumber desc")
@NamedQuery(name = "GroundRules.draftOf", query = "select g from GroundRules g where g.set = :set and g.publishedAt is null")
@NamedQuery(name = "GroundRules.currentOfSets", query = "select g from GroundRules g where g.set in :sets and g.publishedAt is not null and g.versionNumber = (select max(c.versionNumber) from GroundRules c where c.set = g.set and c.publishedAt is not null)")
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

    /** Null while a draft: only published versions are agreed to and guard the set's content. */
    @Column(name = "published_at")
    private Instant publishedAt;

    /** Who wrote this version last (null for versions from before drafts, and for generated data). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "written_by_id")
    private Person writtenBy;

    protected GroundRules() {
    }

    /** A version published at once, at {@code createdAt}. */
    public GroundRules(LearningSet set, int versionNumber, String text, Instant createdAt) {
        this(set, versionNumber, text, createdAt, null);
        this.publishedAt = createdAt;
    }

    private GroundRules(LearningSet set, int versionNumber, String text, Instant createdAt, Person writtenBy) {
        this.set = Checks.required(set, "Set");
        this.versionNumber = Checks.between(versionNumber, 1, 1000, "Ground rules version");
        this.text = Checks.text(text, "Ground rules", FieldLengths.LONG_TEXT);
        this.createdAt = Checks.required(createdAt, "Creation time");
        this.writtenBy = writtenBy;
    }

    /** A draft of the next version, which nobody agrees to until it is published. */
    public static GroundRules draft(LearningSet set, int versionNumber, String text, Instant now, Person by) {
        return new GroundRules(set, versionNumber, text, now, Checks.required(by, "Author"));
    }

    /** Changes the draft's text; a published version never changes. */
    public void redraft(String newText, Instant now, Person by) {
        requireDraft();
        this.text = Checks.text(newText, "Ground rules", FieldLengths.LONG_TEXT);
        this.createdAt = Checks.required(now, "Time");
        this.writtenBy = Checks.required(by, "Author");
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

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
