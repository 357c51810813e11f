package org.learningsets.ejb.theme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.learningsets.ejb.platform.ConfigKeys;
import org.learningsets.ejb.platform.Find;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.security.Role;
import org.learningsets.model.theme.ConsentedTag;

/**
 * The non-attributable thematic summary a programme lead passes to the sponsor. Only issues whose holder's consent
 * is in force for that set count; a theme shows only when at least K distinct members stand behind it. Computed at
 * each request, so a withdrawn consent is out of every later summary.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ThemeSummaryService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = ConfigKeys.THEMES_MIN_CONTRIBUTORS, defaultValue = "3")
    int minContributors;

    public ThemeSummary summary(@NotNull String programmeId) {
        Programme programme = Find.byId(em, Programme.class, programmeId, "The programme");
        List<ConsentedTag> rows = em.createNamedQuery("IssueTheme.consentedOfProgramme", ConsentedTag.class)
                .setParameter("programme", programme)
                .getResultList();
        return new ThemeSummary(programme.getName(), threshold(), clock.instant(), count(rows, threshold()));
    }

    /** Package-private for the unit test of the threshold rule. */
    static List<ThemeSummary.ThemeCount> count(List<ConsentedTag> rows, int k) {
        Map<String, List<ConsentedTag>> byTheme =
                rows.stream().collect(Collectors.groupingBy(ConsentedTag::theme, TreeMap::new, Collectors.toList()));
        return byTheme.entrySet().stream()
                .map(e -> {
                    Set<String> members =
                            e.getValue().stream().map(ConsentedTag::holderId).collect(Collectors.toSet());
                    Set<String> issues =
                            e.getValue().stream().map(ConsentedTag::issueId).collect(Collectors.toSet());
                    return new ThemeSummary.ThemeCount(e.getKey(), members.size(), issues.size());
                })
                .filter(c -> c.members() >= k)
                .sorted(Comparator.comparingInt(ThemeSummary.ThemeCount::members)
                        .reversed()
                        .thenComparing(ThemeSummary.ThemeCount::theme))
                .toList();
    }

    /** K below 2 would show single people; refuse to go under it whatever the configuration says. */
    private int threshold() {
        return Math.max(2, minContributors);
    }
}
