package org.learningsets.model.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.learningsets.model.common.AbstractEntity;
import org.learningsets.model.common.Checks;
import org.learningsets.model.person.Person;

/** A participant of a programme, to be allocated to one of its sets. */
@Entity
@Table(name = "enrolment", uniqueConstraints = @UniqueConstraint(columnNames = {"programme_id", "person_id"}))
// The people of a programme waiting for a set, with their organisation in the same statement. Fetched from the
// person, as JPA allows a fetch join only from the query's root (no alias on a fetch join: Hibernate refuses one).
@NamedQuery(
        name = "Enrolment.unallocated",
        query =
                "select p from Person p join fetch p.organisation where exists (select e from Enrolment e where e.person = p and e.programme = :programme) and not exists (select m from Membership m where m.person = p and m.set.programme = :programme and m.status = org.learningsets.model.set.MembershipStatus.ACTIVE) order by p.fullName")
@NamedQuery(
        name = "Enrolment.personIdsOf",
        query = "select e.person.id from Enrolment e where e.programme = :programme")
@NamedQuery(
        name = "Enrolment.countByProgrammes",
        query =
                "select new org.learningsets.model.programme.ProgrammeCount(e.programme.id, count(e)) from Enrolment e where e.programme.id in :programmeIds group by e.programme.id")
@NamedQuery(
        name = "Enrolment.withoutAccount",
        query =
                "select p from Person p where p.id in (select e.person.id from Enrolment e where e.programme = :programme) and not exists (select a from Account a where a.person = p) order by p.fullName")
@NamedQuery(
        name = "Enrolment.exists",
        query = "select count(e) from Enrolment e where e.programme = :programme and e.person = :person")
public class Enrolment extends AbstractEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @NotNull
    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    protected Enrolment() {}

    public Enrolment(Programme programme, Person person, Instant enrolledAt) {
        this.programme = Checks.required(programme, "Programme");
        this.person = Checks.required(person, "Person");
        this.enrolledAt = Checks.required(enrolledAt, "Enrolment time");
    }

    public Programme getProgramme() {
        return programme;
    }

    public Person getPerson() {
        return person;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }
}
