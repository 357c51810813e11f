package org.learningsets.model.confidentiality;

/**
 * Why confidential text was removed; the wording replaces the text, so a page shows the record was there (counts
 * and dates stay) without what it said.
 */
public enum Removal {

    /** The set closed longer ago than the retention period (RetentionPurge). */
    RETENTION("Removed after the retention period."),

    /** The member asked for their contributions to be erased (ErasureService). */
    ERASURE("Removed at the member's request.");

    private final String text;

    Removal(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
