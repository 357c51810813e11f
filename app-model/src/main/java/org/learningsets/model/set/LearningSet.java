package org.learningsets.model.set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.learningsets.model.programme.Programme;

/** A set: a small, stable group of peers in a programme. (Named so to stay clear of java.util.Set.) */
@Entity
@Table(name = "learning_set", uniqueConstraints = @UniqueConstraint(columnNames = {"programme_id", "name"}))
@NamedQuery(
        name = "LearningSet.findByProgramme",
        query = "select s from LearningSet s where s.programme = :programme order by s.name")
@NamedQuery(
        name = "LearningSet.countByProgrammes",
        query =
                "select new org.learningsets.model.programme.ProgrammeCount(s.programme.id, count(s)) from LearningSet s where s.programme.id in :programmeIds group by s.programme.id")
@NamedQuery(
        name = "LearningSet.countOfProgrammeInStates",
        query = "select count(s) from LearningSet s where s.programme = :programme and s.state in :states")
@NamedQuery(name = "LearningSet.count", query = "select count(s) from LearningSet s")
public class LearningSet extends EditableEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @NotBlank
    @Size(max = FieldLengths.SHORT_TEXT)
    @Column(name = "name", length = FieldLengths.SHORT_TEXT, nullable = false)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 20, nullable = false)
    private SetState state = SetState.FORMING;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "content_purged_at")
    private Instant contentPurgedAt;

    protected LearningSet() {}

    public LearningSet(Programme programme, String name, Instant createdAt) {
        this.programme = Checks.required(programme, "Programme");
        this.name = Checks.text(name, "Set name", FieldLengths.SHORT_TEXT);
        this.createdAt = Checks.required(createdAt, "Creation time");
    }

    /** Moves to the next state; the guards that need other objects (members, schedule) live in the service. */
    public void moveTo(SetState target) {
        Checks.required(target, "New state");
        if (!state.next().contains(target)) {
            throw new StateException("A set that is " + state.getLabel().toLowerCase() + " cannot become "
                    + target.getLabel().toLowerCase() + ".");
        }
        this.state = target;
    }

    /** Records that the retention job removed the set's confidential text; only a closed set is purged. */
    public void markContentPurged(Instant when) {
        if (state != SetState.CLOSED && state != SetState.ARCHIVED) {
            throw new StateException("Only a closed set's confidential text is removed.");
        }
        this.contentPurgedAt = Checks.required(when, "Time removed");
    }

    public Instant getContentPurgedAt() {
        return contentPurgedAt;
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getName() {
        return name;
    }

    public SetState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
