package org.learningsets.model.programme;

/** Where meetings happen: a room, a meeting link, or both. */
public enum MeetingMode {
    IN_PERSON("In person"),
    VIRTUAL("Virtual"),
    HYBRID("Hybrid");

    private final String label;

    MeetingMode(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public boolean needsPlace() {
        return this != VIRTUAL;
    }

    public boolean needsLink() {
        return this != IN_PERSON;
    }
}
