package org.learningsets.ejb.allocation;

/**
 * Someone who can facilitate sets; each set gets exactly one facilitator.
 *
 * @param id unique among the facilitators of one request
 * @param name how the programme lead knows them, or null to show the id
 * @param maxSets the most sets they can take on (at least 1)
 */
public record Facilitator(String id, String name, int maxSets) {

    public String displayName() {
        return name == null || name.isBlank() ? id : name.strip();
    }
}
