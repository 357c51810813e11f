package org.learningsets.model.person;

import org.learningsets.model.common.Labels;

/** Three text sizes, as on the practitioners' network site. */
public enum TextSize {
    STANDARD("text-standard"),
    LARGE("text-large"),
    LARGEST("text-largest");

    private final String cssClass;

    TextSize(String cssClass) {
        this.cssClass = cssClass;
    }

    public String getLabel() {
        return Labels.of(this);
    }

    public String getCssClass() {
        return cssClass;
    }
}
