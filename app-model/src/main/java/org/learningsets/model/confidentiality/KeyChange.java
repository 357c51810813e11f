package org.learningsets.model.confidentiality;

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
import org.learningsets.model.common.AbstractEntity;
import org.learningsets.model.common.Checks;
import org.learningsets.model.person.Person;

/**
 * The audit of the data keys: every creation, upgrade and rotation, who did it (nobody for start-up's own), when,
 * which key became primary and, once the re-encryption has run, how many stored values it changed. Never a key.
 */
@Entity
@Table(name = "key_change")
@NamedQuery(
        name = "KeyChange.newestFirst",
        query = "select c from KeyChange c left join fetch c.actor order by c.happenedAt desc, c.id")
public class KeyChange extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Person actor;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false)
    private KeyChangeKind kind;

    @Column(name = "primary_key_id", nullable = false)
    private long primaryKeyId;

    @Column(name = "key_count", nullable = false)
    private int keyCount;

    @Column(name = "values_re_encrypted")
    private Integer valuesReEncrypted;

    @NotNull
    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected KeyChange() {}

    public KeyChange(KeyChangeKind kind, Person actor, DataKeys keys, Instant when) {
        this.kind = Checks.required(kind, "What happened");
        this.actor = actor;
        this.primaryKeyId = Integer.toUnsignedLong(keys.primaryKeyId());
        this.keyCount = keys.keyIds().size();
        this.happenedAt = Checks.required(when, "When");
    }

    /** The re-encryption that followed has run: how many values it changed. */
    public void finished(int values, Instant when) {
        this.valuesReEncrypted = values;
        this.finishedAt = Checks.required(when, "When");
    }

    public Person getActor() {
        return actor;
    }

    public KeyChangeKind getKind() {
        return kind;
    }

    public int getPrimaryKeyId() {
        return (int) primaryKeyId;
    }

    public int getKeyCount() {
        return keyCount;
    }

    public Integer getValuesReEncrypted() {
        return valuesReEncrypted;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
