package org.learningsets.model.person;

/** The colour schemes the practitioners' network site offers, plus the product's standard look. */
public enum ColourScheme {
    STANDARD("Standard", "standard"),
    BLACK_ON_YELLOW("Black on yellow", "yellow"),
    BLACK_ON_WHITE("Black on white", "white"),
    BLACK_ON_PINK("Black on pink", "pink"),
    BLACK_ON_BLUE("Black on blue", "blue");

    private final String label;
    private final String cssSuffix;

    ColourScheme(String label, String cssSuffix) {
        this.label = label;
        this.cssSuffix = cssSuffix;
    }

    public String getLabel() {
        return label;
    }

    /** The class put on the page body, e.g. {@code scheme-yellow}. */
    public String getCssClass() {
        return "scheme-" + cssSuffix;
    }
}
