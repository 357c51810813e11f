package org.learningsets.model.common;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words people read for enum values (statuses, roles, modes, weekdays...), from one resource bundle,
 * {@code org/learningsets/model/common/Labels.properties}, keyed {@code SimpleClassName.VALUE}. Pages, services and
 * mails all take their words from here, so a status is never shown as its code and never worded twice.
 */
public final class Labels {

    private static final String BUNDLE = "org.learningsets.model.common.Labels";

    private Labels() {}

    /** The label of an enum value; null for null. Every value has one ({@code LabelsTest} checks). */
    public static String of(Enum<?> value) {
        if (value == null) {
            return null;
        }
        return bundle().getString(key(value));
    }

    /** Whether the bundle has a label for the value. */
    public static boolean has(Enum<?> value) {
        try {
            bundle().getString(key(value));
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    public static String key(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    private static ResourceBundle bundle() {
        // The bundle sits beside this class; the class's own loader finds it inside an EAR or WAR too.
        return ResourceBundle.getBundle(BUNDLE, Locale.UK, Labels.class.getClassLoader());
    }
}
