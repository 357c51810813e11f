package org.learningsets.ejb.confidentiality;

import java.util.Optional;
import org.learningsets.model.confidentiality.DataKeys;
import org.learningsets.model.confidentiality.KeyChangeKind;

/** Where the wrapped data keys are kept: the database's data_keyset row (JpaKeysetRow), or a test's memory. */
public interface KeysetRow {

    /** The wrapped keyset and the row's revision (its version: it changes with each rotation). */
    record Wrapped(byte[] bytes, long revision) {}

    Optional<Wrapped> read();

    /** The revision alone (one small read), or -1 when there is no keyset yet. */
    long revision();

    /** Stores the first keyset and records how it came (nobody did it: start-up). */
    void create(byte[] wrapped, DataKeys keys, KeyChangeKind kind);
}
