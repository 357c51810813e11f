package org.learningsets.model.set;

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

/** A member's agreement to one version of the ground rules. Never edited: a new version needs a new agreement. */
@Entity
@Table(
        name = "ground_rules_agreement",
        uniqueConstraints = @UniqueConstraint(columnNames = {"ground_rules_id", "person_id"}))
@NamedQuery(
        name = "GroundRulesAgreement.exists",
        query = "select count(a) from GroundRulesAgreement a where a.groundRules = :rules and a.person = :person")
@NamedQuery(
        name = "GroundRulesAgreement.setsAgreedCurrentlyBy",
        query =
                "select g.set from GroundRulesAgreement a join a.groundRules g where a.person = :person and g.set in :sets and g.versionNumber = (select max(c.versionNumber) from GroundRules c where c.set = g.set and c.publishedAt is not null)")
@NamedQuery(
        name = "GroundRulesAgreement.ofRules",
        query = "select a from GroundRulesAgreement a join fetch a.person where a.groundRules in :rules")
@NamedQuery(
        name = "GroundRulesAgreement.setsEverAgreedBy",
        query =
                "select distinct g.set from GroundRulesAgreement a join a.groundRules g where a.person = :person and g.set in :sets")
public class GroundRulesAgreement extends AbstractEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ground_rules_id", nullable = false)
    private GroundRules groundRules;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @NotNull
    @Column(name = "agreed_at", nullable = false)
    private Instant agreedAt;

    protected GroundRulesAgreement() {}

    public GroundRulesAgreement(GroundRules groundRules, Person person, Instant agreedAt) {
        this.groundRules = Checks.required(groundRules, "Ground rules");
        if (!groundRules.isPublished()) {
            throw new org.learningsets.model.common.StateException(
                    "A draft of the ground rules cannot be agreed to; " + "wait until the facilitator publishes it.");
        }
        this.person = Checks.required(person, "Person");
        this.agreedAt = Checks.required(agreedAt, "Agreement time");
    }

    public GroundRules getGroundRules() {
        return groundRules;
    }

    public Person getPerson() {
        return person;
    }

    public Instant getAgreedAt() {
        return agreedAt;
    }
}
