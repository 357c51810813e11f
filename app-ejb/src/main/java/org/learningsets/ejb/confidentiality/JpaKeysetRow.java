package org.learningsets.ejb.confidentiality;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.learningsets.model.confidentiality.DataKeys;
import org.learningsets.model.confidentiality.DataKeyset;
import org.learningsets.model.confidentiality.KeyChange;
import org.learningsets.model.confidentiality.KeyChangeKind;

/**
 * The data_keyset row through JPA: in the caller's transaction, or one of its own (start-up has none). Start-up and
 * every reader of confidential text use it, with or without a caller, and it hands out only the wrapped keys.
 */
@Stateless
@PermitAll
public class JpaKeysetRow implements KeysetRow {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public Optional<Wrapped> read() {
        return em.createNamedQuery("DataKeyset.all", DataKeyset.class)
                .getResultStream()
                .findFirst()
                .map(k -> new Wrapped(k.wrapped(), k.getVersion()));
    }

    @Override
    public long revision() {
        return em.createNamedQuery("DataKeyset.revision", Long.class)
                .getResultStream()
                .findFirst()
                .orElse(-1L);
    }

    @Override
    public void create(byte[] wrapped, DataKeys keys, KeyChangeKind kind) {
        em.persist(new DataKeyset(wrapped, keys.primaryKeyId(), clock.instant()));
        em.persist(new KeyChange(kind, null, keys, clock.instant()));
        em.flush();
    }
}
