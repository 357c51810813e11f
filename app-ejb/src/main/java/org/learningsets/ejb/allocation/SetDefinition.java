package org.learningsets.ejb.allocation;

/**
 * One set to fill.
 *
 * @param id unique among the sets of one request; pins refer to it
 * @param name what the programme lead calls it, or null to show the id
 */
public record SetDefinition(String id, String name) {

    public String displayName() {
        return name == null || name.isBlank() ? id : name.strip();
    }
}
