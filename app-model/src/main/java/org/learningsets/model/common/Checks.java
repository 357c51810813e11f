package org.learningsets.model.common;

import java.util.Locale;
import java.util.regex.Pattern;

/** Invariant checks used by constructors and domain methods; each failure names the field in plain words. */
public final class Checks {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private Checks() {}

    public static <T> T required(T value, String what) {
        if (value == null) {
            throw new InvalidInputException(what + " is required.");
        }
        return value;
    }

    /** Trims the text and checks it is present and no longer than {@code max} characters. */
    public static String text(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(what + " is required.");
        }
        return optionalText(value, what, max);
    }

    /** Trims the text; blank becomes null; longer than {@code max} characters is refused. */
    public static String optionalText(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInputException(
                    what + " must be at most " + max + " characters (it has " + trimmed.length() + ").");
        }
        return trimmed;
    }

    public static String email(String value) {
        String email = text(value, "Email address", FieldLengths.EMAIL).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("\"" + email + "\" is not an email address.");
        }
        return email;
    }

    public static int between(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new InvalidInputException(
                    what + " must be between " + min + " and " + max + " (it is " + value + ").");
        }
        return value;
    }
}
