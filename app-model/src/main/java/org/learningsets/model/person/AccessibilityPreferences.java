package org.learningsets.model.person;

/**
 * A person's display choices, applied to every page they see; read with the account check of each request
 * ({@code Account.lookOfEnabledEmail}), so it lives beside the entities.
 */
public record AccessibilityPreferences(ColourScheme colourScheme, TextSize textSize) {
    public static final AccessibilityPreferences STANDARD =
            new AccessibilityPreferences(ColourScheme.STANDARD, TextSize.STANDARD);

    public static AccessibilityPreferences of(Person person) {
        return new AccessibilityPreferences(person.getColourScheme(), person.getTextSize());
    }
}
