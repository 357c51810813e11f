package org.learningsets.model.programme;

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
import org.learningsets.model.common.AbstractEntity;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.person.Person;
import org.learningsets.model.set.LearningSet;

/**
 * One change to a programme or one of its sets, with who made it, when, and what in words ("Tom Bennett moved
 * from Set 1 to Set 2"). Administrative facts only, never set content. Written once, never edited.
 */
@Entity
@Table(name = "programme_change")
@NamedQuery(
        name = "ProgrammeChange.ofProgramme",
        query =
                "select c from ProgrammeChange c join fetch c.actor where c.programme = :programme order by c.happenedAt desc, c.id")
@NamedQuery(
        name = "ProgrammeChange.ofSet",
        query =
                "select c from ProgrammeChange c join fetch c.actor where c.set = :set order by c.happenedAt desc, c.id")
public class ProgrammeChange extends AbstractEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "set_id")
    private LearningSet set;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id", nullable = false)
    private Person actor;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", length = 30, nullable = false)
    private ChangeKind kind;

    @NotNull
    @Size(max = FieldLengths.CHANGE_DETAIL)
    @Column(name = "detail", length = FieldLengths.CHANGE_DETAIL, nullable = false)
    private String detail;

    @NotNull
    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    protected ProgrammeChange() {}

    /** {@code set} is null for a change to the programme itself. */
    public ProgrammeChange(
            Programme programme, LearningSet set, Person actor, ChangeKind kind, String detail, Instant happenedAt) {
        this.programme = Checks.required(programme, "Programme");
        this.set = set;
        this.actor = Checks.required(actor, "Who made the change");
        this.kind = Checks.required(kind, "Kind of change");
        String words = Checks.required(detail, "What changed").strip();
        // A long list of names is cut rather than refused: the change itself has already been made.
        this.detail = words.length() <= FieldLengths.CHANGE_DETAIL
                ? words
                : words.substring(0, FieldLengths.CHANGE_DETAIL - 1) + "…";
        this.happenedAt = Checks.required(happenedAt, "Time of the change");
    }

    public Programme getProgramme() {
        return programme;
    }

    public LearningSet getSet() {
        return set;
    }

    public Person getActor() {
        return actor;
    }

    public ChangeKind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }
}
