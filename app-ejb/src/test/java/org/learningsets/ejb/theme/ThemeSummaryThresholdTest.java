package org.learningsets.ejb.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsets.model.theme.ConsentedTag;

/** A theme shows only with at least K distinct members behind it, however many issues they raised. */
class ThemeSummaryThresholdTest {

    private static ConsentedTag row(String theme, String holder, String issue) {
        return new ConsentedTag(theme, holder, issue);
    }

    @Test
    void distinctMembersNotIssuesDecideWhetherAThemeShows() {
        List<ConsentedTag> rows = List.of(
                row("Workforce", "amira", "i1"),
                row("Workforce", "amira", "i2"),
                row("Workforce", "amira", "i3"),
                row("Workforce", "ben", "i4"),
                row("Patient flow", "amira", "i1"),
                row("Patient flow", "ben", "i4"),
                row("Patient flow", "cara", "i5"),
                row("Estates", "dev", "i6"),
                row("Estates", "eli", "i7"),
                row("Estates", "fay", "i8"),
                row("Estates", "gus", "i9"));
        assertEquals(
                List.of(
                        new ThemeSummary.ThemeCount("Estates", 4, 4),
                        new ThemeSummary.ThemeCount("Patient flow", 3, 3)),
                ThemeSummaryService.count(rows, 3),
                "Workforce: four issues but only two members, so it is left out");
        assertEquals(List.of(new ThemeSummary.ThemeCount("Estates", 4, 4)), ThemeSummaryService.count(rows, 4));
        assertEquals(List.of(), ThemeSummaryService.count(List.of(), 3));
    }
}
