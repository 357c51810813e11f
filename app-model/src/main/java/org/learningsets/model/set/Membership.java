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
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.StateException;
import org.learningsets.model.person.Person;

/** A person's place in a set over time; ended memberships are kept as history. */
@Entity
@Table(name = "membership")
// The programme comes with each set (pages name it): one statement, not one more per programme. The set is the
// query's root because EclipseLink fetches joins of the root only.
@NamedQuery(
        name = "Membership.activeSetsOf",
        query =
                "select s from LearningSet s join fetch s.programme join Membership m on m.set = s where m.person = :person and m.status = org.learningsets.model.set.MembershipStatus.ACTIVE")
@NamedQuery(
        name = "Membership.activeOfSets",
        query =
                "select m from Membership m join fetch m.person where m.set in :sets and m.status = org.learningsets.model.set.MembershipStatus.ACTIVE")
// The dashboards' members as plain values, by the set_id column (setId): m.set.id would join learning_set.
@NamedQuery(
        name = "Membership.activeNamesOfSets",
        query =
                "select new org.learningsets.model.set.MemberName(m.setId, p.id, p.fullName) from Membership m join m.person p where m.setId in :setIds and m.status = org.learningsets.model.set.MembershipStatus.ACTIVE")
@NamedQuery(
        name = "Membership.countActiveByProgrammes",
        query =
                "select new org.learningsets.model.programme.ProgrammeCount(m.set.programme.id, count(m)) from Membership m where m.set.programme.id in :programmeIds and m.status = org.learningsets.model.set.MembershipStatus.ACTIVE group by m.set.programme.id")
@NamedQuery(
        name = "Membership.activeOfSet",
        query =
                "select m from Membership m join fetch m.person where m.set = :set and m.status = org.learningsets.model.set.MembershipStatus.ACTIVE order by m.person.fullName")
// Name, organisation and profession of each member, in one statement (not one more per organisation).
@NamedQuery(
        name = "Membership.activeLinesOfSet",
        query =
                "select new org.learningsets.model.set.RosterLine(p.fullName, o.name, p.profession) from Membership m join m.person p join p.organisation o where m.set = :set and m.status = org.learningsets.model.set.MembershipStatus.ACTIVE order by p.fullName")
@NamedQuery(
        name = "Membership.countActiveBySet",
        query =
                "select new org.learningsets.model.set.SetCount(s.id, s.name, count(m)) from Membership m join m.set s where s in :sets and m.status = org.learningsets.model.set.MembershipStatus.ACTIVE group by s.id, s.name")
@NamedQuery(
        name = "Membership.factsOfProgramme",
        query =
                "select new org.learningsets.model.set.MembershipFact(m.person.id, m.set.id, m.status, m.joinedAt) from Membership m where m.set.programme = :programme")
@NamedQuery(
        name = "Membership.countActiveOfSet",
        query =
                "select count(m) from Membership m where m.set = :set and m.status = org.learningsets.model.set.MembershipStatus.ACTIVE")
@NamedQuery(
        name = "Membership.activeInProgramme",
        query =
                "select m from Membership m where m.person = :person and m.set.programme = :programme and m.status = org.learningsets.model.set.MembershipStatus.ACTIVE")
@NamedQuery(
        name = "Membership.activeSince",
        query =
                "select count(m) from Membership m where m.set = :set and m.person = :person and m.status = org.learningsets.model.set.MembershipStatus.ACTIVE and m.joinedAt <= :moment")
@NamedQuery(
        name = "Membership.historyOfSet",
        query = "select m from Membership m join fetch m.person where m.set = :set order by m.joinedAt, m.id")
@NamedQuery(
        name = "Membership.ofPerson",
        query = "select m from Membership m join fetch m.set where m.person = :person order by m.joinedAt, m.id")
@NamedQuery(
        name = "Membership.activeOfProgramme",
        query =
                "select m from Membership m join fetch m.person where m.set.programme = :programme and m.status = org.learningsets.model.set.MembershipStatus.ACTIVE")
// Sets of programmes that started before this one, with the people of this one who were in them, ended or not.
@NamedQuery(
        name = "Membership.earlierOfEnrolled",
        query =
                "select new org.learningsets.model.set.EarlierPlacement(p.name, s.id, s.name, m.person.id) from Membership m join m.set s join s.programme p, Enrolment e where e.programme = :programme and e.person = m.person and p.startDate < :start order by p.startDate desc, p.name, s.name")
@NamedQuery(name = "Membership.count", query = "select count(m) from Membership m")
public class Membership extends EditableEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "set_id", nullable = false)
    private LearningSet set;

    /** The same column, read only, for the dashboards' member query (Membership.activeNamesOfSets). */
    @Column(name = "set_id", insertable = false, updatable = false)
    private String setId;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @NotNull
    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private MembershipStatus status = MembershipStatus.ACTIVE;

    @Size(max = FieldLengths.REASON)
    @Column(name = "end_reason", length = FieldLengths.REASON)
    private String endReason;

    protected Membership() {}

    public Membership(LearningSet set, Person person, Instant joinedAt) {
        this.set = Checks.required(set, "Set");
        this.person = Checks.required(person, "Person");
        this.joinedAt = Checks.required(joinedAt, "Joining time");
    }

    /** Ends the membership with the reason given (required for a withdrawal, kept with the history). */
    public void end(MembershipStatus how, Instant when, String reason) {
        if (how == MembershipStatus.WITHDRAWN) {
            Checks.text(reason, "Reason for the withdrawal", FieldLengths.REASON);
        }
        end(how, when);
        this.endReason = Checks.optionalText(reason, "Reason", FieldLengths.REASON);
    }

    public void end(MembershipStatus how, Instant when) {
        if (status != MembershipStatus.ACTIVE) {
            throw new StateException(person.getFullName() + " is no longer a member of " + set.getName() + ".");
        }
        if (Checks.required(how, "Reason") == MembershipStatus.ACTIVE) {
            throw new StateException("A membership ends by a move or a withdrawal.");
        }
        this.status = how;
        this.endedAt = Checks.required(when, "End time");
    }

    public LearningSet getSet() {
        return set;
    }

    public Person getPerson() {
        return person;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndReason() {
        return endReason;
    }

    public MembershipStatus getStatus() {
        return status;
    }
}
