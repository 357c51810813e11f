package org.learningsets.model.confidentiality;

import org.learningsets.model.common.DomainException;

/**
 * A stored confidential value was refused instead of being shown: it was altered, moved to another row or
 * column, encrypted with a key the key file no longer holds, or is not in the encrypted form at all. The message
 * is fit to show to the person; {@link #reason()} lets a caller (a migration, an audit) tell the cases apart.
 */
public class TextIntegrityException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Why the value was refused. */
    public enum Reason {
        /** Not a stored value this version of the application understands (wrong shape, version or encoding). */
        MALFORMED,
        /** Encrypted with a key id that is not in the key file. */
        UNKNOWN_KEY,
        /** The authentication tag did not match: the value was altered or belongs to another context. */
        INTEGRITY_CHECK_FAILED
    }

    private final Reason reason;

    TextIntegrityException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
