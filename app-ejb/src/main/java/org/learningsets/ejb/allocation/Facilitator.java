package org.learningsets.ejb.allocation;

import java.util.Set;

/**
 * Someone who can facilitate sets; each set gets exactly one facilitator.
 *
 * @param id unique among the facilitators of one request
 * @param name how the programme lead knows them, or null to show the id
 * @param maxSets the most sets they can take on (at least 1)
 * @param organisationId their employing organisation, or null: where the numbers allow, they facilitate nobody of it
 * @param lineChain the participants in their line management chain (above or below them): never in their set
 */
public record Facilitator(String id, String name, int maxSets, String organisationId, Set<String> lineChain) {

    public Facilitator {
        lineChain = lineChain == null ? Set.of() : Set.copyOf(lineChain);
    }

    /** A facilitator with no organisation or line management known: only their capacity matters. */
    public Facilitator(String id, String name, int maxSets) {
        this(id, name, maxSets, null, Set.of());
    }

    public String displayName() {
        return name == null || name.isBlank() ? id : name.strip();
    }

    boolean sharesOrganisationWith(Participant p) {
        return organisationId != null && organisationId.equals(p.organisationId());
    }
}
