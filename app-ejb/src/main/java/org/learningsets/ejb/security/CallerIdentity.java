package org.learningsets.ejb.security;

import java.util.Optional;

/** The name (email address) of whoever is calling, as the container authenticated them. */
public interface CallerIdentity {

    Optional<String> name();
}
