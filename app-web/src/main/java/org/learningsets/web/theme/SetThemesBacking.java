package org.learningsets.web.theme;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.learningsets.ejb.theme.ThemeTagService;
import org.learningsets.web.platform.Messages;

/** A set's facilitator tags its issues with the programme's themes. */
@Named
@ViewScoped
public class SetThemesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ThemeTagService tags;

    private String setId;
    private ThemeTagService.SetTagging tagging;
    /** The theme chosen in each issue's row, by issue id. */
    private final Map<String, String> chosen = new HashMap<>();

    /** Another set's or a tampered id propagates to the refusal page. */
    public void load() {
        tagging = tags.tagging(setId);
    }

    public String tag(ThemeTagService.TaggableIssue issue) {
        String themeId = chosen.get(issue.id());
        if (themeId == null) {
            Messages.error("Choose a theme for \"" + issue.title() + "\" first.");
            return null;
        }
        return Messages.attempt(() -> tags.tag(issue.id(), themeId))
                ? reload("Tagged \"" + issue.title() + "\".")
                : null;
    }

    public String untag(ThemeTagService.TaggableIssue issue, ThemeTagService.TagView tag) {
        return Messages.attempt(() -> tags.untag(issue.id(), tag.themeId()))
                ? reload("Removed " + tag.themeName() + " from \"" + issue.title() + "\".")
                : null;
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

    public ThemeTagService.SetTagging getTagging() {
        return tagging;
    }

    public Map<String, String> getChosen() {
        return chosen;
    }
}
