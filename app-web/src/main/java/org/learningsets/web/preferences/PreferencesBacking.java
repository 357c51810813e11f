package org.learningsets.web.preferences;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import org.learningsets.ejb.person.PreferencesService;
import org.learningsets.model.person.AccessibilityPreferences;
import org.learningsets.model.person.ColourScheme;
import org.learningsets.model.person.TextSize;
import org.learningsets.web.platform.Messages;

/** The display preferences page: colour scheme and text size, saved for the person. */
@Named
@ViewScoped
public class PreferencesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PreferencesService preferences;

    @NotNull(message = "Choose a colour scheme.")
    private ColourScheme colourScheme;

    @NotNull(message = "Choose a text size.")
    private TextSize textSize;

    public void load() {
        if (colourScheme == null) {
            AccessibilityPreferences mine = preferences.mine();
            colourScheme = mine.colourScheme();
            textSize = mine.textSize();
        }
    }

    public String save() {
        preferences.choose(colourScheme, textSize);
        Messages.info("Your display preferences are saved.");
        // Redirect so the whole page, template included, is drawn in the new scheme and size.
        return "/preferences?faces-redirect=true";
    }

    public ColourScheme[] getColourSchemes() {
        return ColourScheme.values();
    }

    public TextSize[] getTextSizes() {
        return TextSize.values();
    }

    public ColourScheme getColourScheme() {
        return colourScheme;
    }

    public void setColourScheme(ColourScheme colourScheme) {
        this.colourScheme = colourScheme;
    }

    public TextSize getTextSize() {
        return textSize;
    }

    public void setTextSize(TextSize textSize) {
        this.textSize = textSize;
    }
}
