package org.learningsets.model.person;

/** Three text sizes, as on the practitioners' network site. */
public enum TextSize {
    STANDARD("Standard", "text-standard"),
    LARGE("Large", "text-large"),
    LARGEST("Largest", "text-largest");

    private final String label;
    private final String cssClass;

    TextSize(String label, String cssClass) {
        this.label = label;
        this.cssClass = cssClass;
    }

    public String getLabel() {
        return label;
    }

    public String getCssClass() {
        return cssClass;
    }
}
