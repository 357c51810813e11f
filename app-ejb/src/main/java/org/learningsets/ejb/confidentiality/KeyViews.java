package org.learningsets.ejb.confidentiality;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.learningsets.model.confidentiality.KeyChangeKind;

/** What the administrators' key page shows: key ids (8 hex digits), counts, who and when; never a key. */
public final class KeyViews {

    private KeyViews() {}

    /** One change to the data keys; {@code actor} is null for start-up's own, {@code values} null while running. */
    public record KeyChangeView(
            Instant when,
            KeyChangeKind kind,
            String actor,
            String primaryKeyId,
            int keyCount,
            Integer values,
            Instant finished)
            implements Serializable {}

    /** The primary key now, how many keys the keyset holds, and the history newest first. */
    public record KeyOverview(String primaryKeyId, int keyCount, Instant changedAt, List<KeyChangeView> changes)
            implements Serializable {

        public KeyOverview {
            changes = List.copyOf(changes);
        }
    }
}
