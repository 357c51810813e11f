package org.learningsets.ejb.person;

import org.learningsets.model.person.ColourScheme;
import org.learningsets.model.person.Person;
import org.learningsets.model.person.TextSize;

/** A person's display choices, applied to every page they see. */
public record AccessibilityPreferences(ColourScheme colourScheme, TextSize textSize) {
    public static final AccessibilityPreferences STANDARD =
            new AccessibilityPreferences(ColourScheme.STANDARD, TextSize.STANDARD);

    public static AccessibilityPreferences of(Person person) {
        return new AccessibilityPreferences(person.getColourScheme(), person.getTextSize());
    }
}
