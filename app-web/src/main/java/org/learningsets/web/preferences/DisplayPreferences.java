package org.learningsets.web.preferences;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningsets.ejb.person.AccessibilityPreferences;
import org.learningsets.ejb.person.PreferencesService;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.web.security.CurrentUser;

/** The classes on the page's html element that apply the signed-in person's colour scheme and text size. */
@Named("display")
@RequestScoped
public class DisplayPreferences {

    private static final Logger LOG = Logger.getLogger(DisplayPreferences.class.getName());

    /** Where {@link #readWithAccount} leaves the preferences for the rest of the request. */
    private static final String READ_WITH_ACCOUNT = DisplayPreferences.class.getName() + ".readWithAccount";

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
                    chosen = request.getAttribute(READ_WITH_ACCOUNT) instanceof AccessibilityPreferences read
                            ? read
                            : preferences.mine();
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

    /**
     * The signed-in person's preferences as read at the start of this request, with the check that their account
     * is still enabled (SessionLimitsFilter): the page then needs no statement of its own for them.
     */
    public static void readWithAccount(ServletRequest request, AccessibilityPreferences preferences) {
        request.setAttribute(READ_WITH_ACCOUNT, preferences);
    }
}
