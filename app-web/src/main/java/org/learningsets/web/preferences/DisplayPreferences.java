package org.learningsets.web.preferences;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningsets.ejb.person.PreferencesService;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.person.AccessibilityPreferences;
import org.learningsets.web.security.CurrentUser;
import org.learningsets.web.security.SessionLimitsFilter;

/** The classes on the page's html element that apply the signed-in person's colour scheme and text size. */
@Named("display")
@RequestScoped
public class DisplayPreferences {

    private static final Logger LOG = Logger.getLogger(DisplayPreferences.class.getName());

    @Inject
    CurrentUser currentUser;

    @EJB
    PreferencesService preferences;

    @Inject
    HttpServletRequest request;

    private String cssClasses;

    public String getCssClasses() {
        if (cssClasses == null) {
            AccessibilityPreferences chosen = AccessibilityPreferences.STANDARD;
            if (currentUser.isSignedIn()) {
                try {
                    // Read with the account check (SessionLimitsFilter): no statement of the page's own.
                    chosen = SessionLimitsFilter.lookReadWithAccount(request).orElseGet(preferences::mine);
                } catch (AccessDeniedException e) {
                    // An account disabled mid-session: show the standard look; the page itself will refuse.
                } catch (RuntimeException e) {
                    // The look must never stop a page, least of all an error page, from being drawn.
                    LOG.log(Level.WARNING, "Display preferences could not be read; using the standard look", e);
                }
            }
            cssClasses = chosen.colourScheme().getCssClass() + " "
                    + chosen.textSize().getCssClass();
        }
        return cssClasses;
    }
}
