package org.learningsets.model.development;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds set members' names in an observer's text: an observation is about the facilitator's behaviour, never about
 * the members or what they brought. Each part of a member's name (first, last) counts as a whole word, in any case.
 */
public final class MemberNames {

    private MemberNames() {}

    /** The words of {@code text} that are part of a member's name, as the members' names spell them, in order. */
    public static List<String> namedIn(String text, Collection<String> fullNames) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        for (String fullName : fullNames) {
            for (String part : fullName.split("[\\s\\-]+")) {
                // One-letter initials would match ordinary words ("a", "I").
                if (part.length() > 1 && mentions(text, part)) {
                    found.add(part);
                }
            }
        }
        return List.copyOf(found);
    }

    private static boolean mentions(String text, String word) {
        return Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(word.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text.toLowerCase(Locale.ROOT))
                .find();
    }
}
