package org.learningsets.web.theme;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningsets.ejb.issue.IssueService;
import org.learningsets.ejb.issue.IssueViews;
import org.learningsets.ejb.theme.ThemeTagService;
import org.learningsets.web.platform.FacilitatedSetNames;
import org.learningsets.web.platform.Messages;

/** A set's facilitator tags its issues with the programme's themes. */
@Named
@ViewScoped
public class SetThemesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ThemeTagService tags;

    @EJB
    transient IssueService issues;

    @Inject
    FacilitatedSetNames setNames;

    private String setId;
    private String setName;
    private List<IssueViews.IssueView> issueList;
    private List<ThemeTagService.ThemeOption> choices;
    private Map<String, List<ThemeTagService.TagView>> tagsByIssue;
    /** The theme chosen in each issue's row, by issue id. */
    private final Map<String, String> chosen = new HashMap<>();

    /** Another set's or a tampered id propagates to the refusal page. */
    public void load() {
        choices = tags.choicesForSet(setId);
        setName = setNames.of(setId);
        issueList = issues.ofSet(setId);
        tagsByIssue = new HashMap<>();
        issueList.forEach(i -> tagsByIssue.put(i.id(), tags.tagsOf(i.id())));
    }

    public String tag(IssueViews.IssueView issue) {
        String themeId = chosen.get(issue.id());
        if (themeId == null) {
            Messages.error("Choose a theme for \"" + issue.title() + "\" first.");
            return null;
        }
        return Messages.attempt(() -> tags.tag(issue.id(), themeId)) ? reload("Tagged \"" + issue.title() + "\".")
                : null;
    }

    public String untag(IssueViews.IssueView issue, ThemeTagService.TagView tag) {
        return Messages.attempt(() -> tags.untag(issue.id(), tag.themeId()))
                ? reload("Removed " + tag.themeName() + " from \"" + issue.title() + "\".") : null;
    }

    private String reload(String message) {
        Messages.info(message);
        return "/sets/themes?faces-redirect=true&id=" + setId;
    }

    public String getSetId() {
        return setId;
    }

    public void setSetId(String setId) {
        this.setId = setId;
    }

    public String getSetName() {
        return setName;
    }

    public List<IssueViews.IssueView> getIssues() {
        return issueList;
    }

    public List<ThemeTagService.ThemeOption> getChoices() {
        return choices;
    }

    public Map<String, List<ThemeTagService.TagView>> getTagsByIssue() {
        return tagsByIssue;
    }

    public Map<String, String> getChosen() {
        return chosen;
    }
}
