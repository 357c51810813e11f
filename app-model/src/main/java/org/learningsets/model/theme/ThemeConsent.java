package org.learningsets.model.theme;

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
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.StateException;
import org.learningsets.model.person.Person;
import org.learningsets.model.set.LearningSet;

/**
 * A member's permission for their issues in one set to count, as themes and numbers only, in the summary shared
 * with the sponsor. Withdrawing keeps the record (with the time) and takes effect in every later summary.
 */
@Entity
@Table(name = "theme_consent", uniqueConstraints = @UniqueConstraint(columnNames = {"set_id", "person_id"}))
@NamedQuery(
        name = "ThemeConsent.find",
        query = "select c from ThemeConsent c where c.set = :set and c.person = :person")
@NamedQuery(
        name = "ThemeConsent.ofPerson",
        query = "select c from ThemeConsent c join fetch c.set where c.person = :person order by c.givenAt")
public class ThemeConsent extends EditableEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "set_id", nullable = false)
    private LearningSet set;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @NotNull
    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected ThemeConsent() {}

    public ThemeConsent(LearningSet set, Person person, Instant givenAt) {
        this.set = Checks.required(set, "Set");
        this.person = Checks.required(person, "Member");
        this.givenAt = Checks.required(givenAt, "Time given");
    }

    /** Gives consent again after a withdrawal. */
    public void renew(Instant when) {
        if (isInForce()) {
            throw new StateException("You have already given consent for this set.");
        }
        this.givenAt = Checks.required(when, "Time given");
        this.withdrawnAt = null;
    }

    public void withdraw(Instant when) {
        if (!isInForce()) {
            throw new StateException("Your consent for this set is already withdrawn.");
        }
        this.withdrawnAt = Checks.required(when, "Time withdrawn");
    }

    public boolean isInForce() {
        return withdrawnAt == null;
    }

    public LearningSet getSet() {
        return set;
    }

    public Person getPerson() {
        return person;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
