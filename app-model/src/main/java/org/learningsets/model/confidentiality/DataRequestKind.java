package org.learningsets.model.confidentiality;

/** What a member asked for about their own data. */
public enum DataRequestKind {
    /** A download of their own data; done at once. */
    EXPORT,
    /** Erasure of their contributions; carried out by a programme lead, who never sees the text. */
    ERASURE
}
