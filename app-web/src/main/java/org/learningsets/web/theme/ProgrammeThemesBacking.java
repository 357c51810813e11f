package org.learningsets.web.theme;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningsets.ejb.programme.ProgrammeService;
import org.learningsets.ejb.theme.ThemeListService;
import org.learningsets.ejb.theme.ThemeSummary;
import org.learningsets.ejb.theme.ThemeSummaryService;
import org.learningsets.ejb.theme.ThemeTagService;
import org.learningsets.web.platform.Messages;

/** Programme leads: the programme's theme list and the consented, non-attributable theme summary for the sponsor. */
@Named
@ViewScoped
public class ProgrammeThemesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ThemeListService themes;

    @EJB
    ThemeSummaryService summaries;

    @EJB
    ProgrammeService programmes;

    private String programmeId;
    private String programmeName;
    private String newTheme;
    private List<ThemeTagService.ThemeOption> list;
    private ThemeSummary summary;

    /** An unknown or tampered id propagates to the refusal page. */
    public void load() {
        programmeName = programmes.view(programmeId).name();
        list = themes.list(programmeId);
        summary = summaries.summary(programmeId);
    }

    public String add() {
        return Messages.attempt(() -> themes.add(programmeId, newTheme))
                ? reload("Added the theme " + newTheme.strip() + ".")
                : null;
    }

    public String remove(ThemeTagService.ThemeOption theme) {
        return Messages.attempt(() -> themes.remove(theme.id()))
                ? reload("Removed the theme " + theme.name() + ".")
                : null;
    }

    private String reload(String message) {
        Messages.info(message);
        return "/programmes/themes?faces-redirect=true&id=" + programmeId;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = programmeId;
    }

    public String getProgrammeName() {
        return programmeName;
    }

    public String getNewTheme() {
        return newTheme;
    }

    public void setNewTheme(String newTheme) {
        this.newTheme = newTheme;
    }

    public List<ThemeTagService.ThemeOption> getList() {
        return list;
    }

    public ThemeSummary getSummary() {
        return summary;
    }
}
