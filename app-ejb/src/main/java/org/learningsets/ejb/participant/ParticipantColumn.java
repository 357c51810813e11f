package org.learningsets.ejb.participant;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a participant file, found by their heading (any order, any case, extra spaces ignored; a few
 * common alternative headings are accepted). What they fill is what a person and their allocation need.
 */
public enum ParticipantColumn {
    FULL_NAME("Full name", true, "name"),
    EMAIL("Email", true, "email address", "e-mail", "e-mail address"),
    ORGANISATION("Organisation", true, "organization", "trust", "employer"),
    PROFESSION("Profession", false, "job title", "job role"),
    CLINICAL_AREA("Clinical area", false, "specialty", "speciality"),
    LINE_MANAGER_EMAIL("Line manager email", false, "line manager", "manager email", "line manager email address");

    private final String heading;
    private final boolean required;
    private final List<String> aliases;

    ParticipantColumn(String heading, boolean required, String... aliases) {
        this.heading = heading;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** The heading the template uses and docs/guide-programme-leads.md documents. */
    public String heading() {
        return heading;
    }

    public boolean required() {
        return required;
    }

    public static Optional<ParticipantColumn> ofHeading(String text) {
        String wanted = normalise(text);
        for (ParticipantColumn column : values()) {
            if (normalise(column.heading).equals(wanted) || column.aliases.contains(wanted)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Lower case, a trailing "*" or "(required)" dropped, underscores and runs of spaces as one space. */
    static String normalise(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        s = s.replace("(required)", "").replace("*", "").replace('_', ' ');
        return s.replaceAll("\\s+", " ").strip();
    }

    public static List<String> headings() {
        return Arrays.stream(values()).map(ParticipantColumn::heading).toList();
    }
}
