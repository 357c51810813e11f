package org.learningsets.model.person;

import org.learningsets.model.common.Labels;

/** The colour schemes the practitioners' network site offers, plus the product's standard look. */
public enum ColourScheme {
    STANDARD("standard"),
    BLACK_ON_YELLOW("yellow"),
    BLACK_ON_WHITE("white"),
    BLACK_ON_PINK("pink"),
    BLACK_ON_BLUE("blue");

    private final String cssSuffix;

    ColourScheme(String cssSuffix) {
        this.cssSuffix = cssSuffix;
    }

    public String getLabel() {
        return Labels.of(this);
    }

    /** The class put on the page body, e.g. {@code scheme-yellow}. */
    public String getCssClass() {
        return "scheme-" + cssSuffix;
    }
}
