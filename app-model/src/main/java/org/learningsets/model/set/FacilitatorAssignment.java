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
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.StateException;
import org.learningsets.model.person.Person;

/** A facilitator holding the process for a set, alone or with a co-facilitator, until handed over. */
@Entity
@Table(name = "facilitator_assignment")
@NamedQuery(
        name = "FacilitatorAssignment.currentSetsOf",
        query =
                "select s from LearningSet s join fetch s.programme join FacilitatorAssignment f on f.set = s where f.person = :person and f.endedAt is null order by s.name")
@NamedQuery(
        name = "FacilitatorAssignment.currentOfSets",
        query = "select f from FacilitatorAssignment f join fetch f.person where f.set in :sets and f.endedAt is null")
@NamedQuery(
        name = "FacilitatorAssignment.currentOfSet",
        query =
                "select f from FacilitatorAssignment f join fetch f.person where f.set = :set and f.endedAt is null order by f.assignedAt")
@NamedQuery(
        name = "FacilitatorAssignment.currentLinesOfSet",
        query =
                "select new org.learningsets.model.set.RosterLine(p.fullName, o.name, p.profession) from FacilitatorAssignment f join f.person p join p.organisation o where f.set = :set and f.endedAt is null order by f.assignedAt")
@NamedQuery(
        name = "FacilitatorAssignment.isCurrentOf",
        query =
                "select count(f) from FacilitatorAssignment f where f.set = :set and f.person = :person and f.endedAt is null")
@NamedQuery(
        name = "FacilitatorAssignment.countCurrentOfSet",
        query = "select count(f) from FacilitatorAssignment f where f.set = :set and f.endedAt is null")
@NamedQuery(
        name = "FacilitatorAssignment.currentInStates",
        query =
                "select f from FacilitatorAssignment f join fetch f.person where f.endedAt is null and f.set.state in :states")
@NamedQuery(
        name = "FacilitatorAssignment.currentOfProgramme",
        query =
                "select f from FacilitatorAssignment f join fetch f.person where f.set.programme = :programme and f.endedAt is null")
@NamedQuery(
        name = "FacilitatorAssignment.allOfSet",
        query =
                "select f from FacilitatorAssignment f join fetch f.person where f.set = :set order by f.assignedAt desc, f.id")
// Sets of programmes that started before the given date that these people facilitated, ended or not.
@NamedQuery(
        name = "FacilitatorAssignment.earlierOfPeople",
        query =
                "select new org.learningsets.model.set.EarlierPlacement(p.name, s.id, s.name, f.person.id) from FacilitatorAssignment f join f.set s join s.programme p where f.person.id in :people and p.startDate < :start")
public class FacilitatorAssignment extends EditableEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "set_id", nullable = false)
    private LearningSet set;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "facilitator_role", length = 20, nullable = false)
    private FacilitatorRole role;

    @NotNull
    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected FacilitatorAssignment() {}

    public FacilitatorAssignment(LearningSet set, Person person, FacilitatorRole role, Instant assignedAt) {
        this.set = Checks.required(set, "Set");
        this.person = Checks.required(person, "Facilitator");
        this.role = Checks.required(role, "Facilitator role");
        this.assignedAt = Checks.required(assignedAt, "Assignment time");
    }

    public void end(Instant when) {
        if (endedAt != null) {
            throw new StateException(person.getFullName() + " already handed over " + set.getName() + ".");
        }
        this.endedAt = Checks.required(when, "Hand-over time");
    }

    public LearningSet getSet() {
        return set;
    }

    public Person getPerson() {
        return person;
    }

    public FacilitatorRole getRole() {
        return role;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
