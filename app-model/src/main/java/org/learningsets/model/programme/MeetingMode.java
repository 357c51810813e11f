package org.learningsets.model.programme;

import org.learningsets.model.common.Labels;

/** Where meetings happen: a room, a meeting link, or both. */
public enum MeetingMode {
    IN_PERSON,
    VIRTUAL,
    HYBRID;

    public String getLabel() {
        return Labels.of(this);
    }

    public boolean needsPlace() {
        return this != VIRTUAL;
    }

    public boolean needsLink() {
        return this != IN_PERSON;
    }
}
