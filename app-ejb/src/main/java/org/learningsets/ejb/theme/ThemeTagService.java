package org.learningsets.ejb.theme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.learningsets.ejb.confidentiality.AuditTrail;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.confidentiality.SetContentAccess;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.AuditAction;
import org.learningsets.model.confidentiality.AuditedRecord;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.Theme;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.theme.IssueTheme;

/**
 * Facilitators tag their set's issues with themes from the programme's list. The tags are seen inside the set only;
 * what leaves it is the consented, thresholded count in {@link ThemeSummaryService}.
 */
@Stateless
@RolesAllowed({Role.FACILITATOR_NAME, Role.MEMBER_NAME})
public class ThemeTagService {

    static final String ONLY_FACILITATORS = "Only this set's facilitators tag its issues with themes.";

    public record TagView(String themeId, String themeName, Instant taggedAt) implements Serializable {}

    public record ThemeOption(String id, String name) implements Serializable {}

    public record TaggableIssue(String id, String title, String holderName, List<TagView> tags)
            implements Serializable {}

    public record SetTagging(String setName, List<ThemeOption> themes, List<TaggableIssue> issues)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    Callers callers;

    @Inject
    SetContentAccess content;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @RolesAllowed(Role.FACILITATOR_NAME)
    public void tag(@NotNull String issueId, @NotNull String themeId) {
        Issue issue = facilitatorsIssue(issueId);
        Theme theme = Find.byId(em, Theme.class, themeId, "The theme");
        if (!find(issue, theme).isEmpty()) {
            throw new StateException("This issue is already tagged with " + theme.getName() + ".");
        }
        em.persist(new IssueTheme(issue, theme, callers.person(), clock.instant()));
    }

    @RolesAllowed(Role.FACILITATOR_NAME)
    public void untag(@NotNull String issueId, @NotNull String themeId) {
        Issue issue = facilitatorsIssue(issueId);
        Theme theme = Find.byId(em, Theme.class, themeId, "The theme");
        List<IssueTheme> tags = find(issue, theme);
        if (tags.isEmpty()) {
            throw new StateException("This issue is not tagged with " + theme.getName() + ".");
        }
        tags.forEach(em::remove);
    }

    /** The set's own people (agreed members, facilitators) see an issue's tags. */
    public List<TagView> tagsOf(@NotNull String issueId) {
        Issue issue = content.issueForReader(issueId, callers.person());
        return em.createNamedQuery("IssueTheme.ofIssue", IssueTheme.class)
                .setParameter("issue", issue)
                .getResultStream()
                .map(ThemeTagService::view)
                .toList();
    }

    /** The themes a facilitator may choose from for this issue: its programme's list. */
    @RolesAllowed(Role.FACILITATOR_NAME)
    public List<ThemeOption> choicesFor(@NotNull String issueId) {
        Issue issue = facilitatorsIssue(issueId);
        return em.createNamedQuery("Theme.findByProgramme", Theme.class)
                .setParameter("programme", issue.getSet().getProgramme())
                .getResultStream()
                .map(t -> new ThemeOption(t.getId(), t.getName()))
                .toList();
    }

    /**
     * The tagging page in one call: the set's name, its programme's themes, and its issues (titles, holders, tags).
     * Titles and tags only: no narrative is decrypted. Each issue listed is recorded as read.
     */
    @RolesAllowed(Role.FACILITATOR_NAME)
    public SetTagging tagging(@NotNull String setId) {
        Person me = callers.person();
        LearningSet set = content.setForFacilitator(setId, me, ONLY_FACILITATORS);
        List<ThemeOption> themes = em.createNamedQuery("Theme.findByProgramme", Theme.class)
                .setParameter("programme", set.getProgramme())
                .getResultStream()
                .map(t -> new ThemeOption(t.getId(), t.getName()))
                .toList();
        Map<Issue, List<TagView>> tagsByIssue = em.createNamedQuery("IssueTheme.ofSet", IssueTheme.class)
                .setParameter("set", set)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        IssueTheme::getIssue, Collectors.mapping(ThemeTagService::view, Collectors.toList())));
        List<Issue> issues = em.createNamedQuery("Issue.ofSet", Issue.class)
                .setParameter("set", set)
                .getResultList();
        issues.forEach(i -> audit.record(set, me, AuditAction.READ, AuditedRecord.ISSUE, i.getId()));
        TextCipher cipher = keys.cipher();
        return new SetTagging(
                set.getName(),
                themes,
                issues.stream()
                        .map(i -> new TaggableIssue(
                                i.getId(),
                                i.readTitle(cipher),
                                i.getHolder().getFullName(),
                                tagsByIssue.getOrDefault(i, List.of())))
                        .toList());
    }

    private static TagView view(IssueTheme tag) {
        return new TagView(tag.getTheme().getId(), tag.getTheme().getName(), tag.getTaggedAt());
    }

    private Issue facilitatorsIssue(String issueId) {
        return content.issueForFacilitator(issueId, callers.person(), ONLY_FACILITATORS);
    }

    private List<IssueTheme> find(Issue issue, Theme theme) {
        return em.createNamedQuery("IssueTheme.find", IssueTheme.class)
                .setParameter("issue", issue)
                .setParameter("theme", theme)
                .getResultList();
    }
}
