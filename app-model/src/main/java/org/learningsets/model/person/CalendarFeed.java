package org.learningsets.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.learningsets.model.common.AbstractEntity;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.InvalidInputException;

/**
 * A person's calendar subscription: calendar apps cannot sign in, so the feed address carries a secret. Only
 * the secret's SHA-256 is stored; making a new address replaces it and the old address stops working.
 */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(name = "CalendarFeed.ofPerson", query = "select f from CalendarFeed f where f.person = :person")
@NamedQuery(
        name = "CalendarFeed.byTokenHash",
        query = "select f from CalendarFeed f join fetch f.person where f.tokenHash = :hash")
public class CalendarFeed extends AbstractEntity {

    @NotNull
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false, unique = true)
    private Person person;

    @NotNull
    @Pattern(regexp = "[0-9a-f]{64}")
    @Column(name = "token_hash", length = 64, nullable = false, unique = true)
    private String tokenHash;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {}

    public CalendarFeed(Person person, String tokenHash, Instant createdAt) {
        this.person = Checks.required(person, "Person");
        replace(tokenHash, createdAt);
    }

    public final void replace(String newTokenHash, Instant when) {
        if (newTokenHash == null || !newTokenHash.matches("[0-9a-f]{64}")) {
            throw new InvalidInputException("A feed secret is stored as a SHA-256 hash.");
        }
        this.tokenHash = newTokenHash;
        this.createdAt = Checks.required(when, "Creation time");
    }

    public Person getPerson() {
        return person;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
