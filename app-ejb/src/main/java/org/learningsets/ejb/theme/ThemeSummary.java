package org.learningsets.ejb.theme;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What may leave the sets: per theme, how many distinct consenting members raised issues on it and how many such
 * issues there are. No names, no text, no set; themes with fewer than {@code minContributors} members are left out.
 */
public record ThemeSummary(String programmeName, int minContributors, Instant producedAt, List<ThemeCount> themes)
        implements Serializable {

    public record ThemeCount(String theme, int members, int issues) implements Serializable {}
}
