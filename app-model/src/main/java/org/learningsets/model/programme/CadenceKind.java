package org.learningsets.model.programme;

public enum CadenceKind {
    /** The n-th given weekday of every month, e.g. the second Tuesday. */
    MONTHLY_WEEKDAY,
    /** Every N weeks on the weekday of the first meeting. */
    EVERY_N_WEEKS
}
