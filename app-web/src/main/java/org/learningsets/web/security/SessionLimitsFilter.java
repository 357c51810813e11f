package org.learningsets.web.security;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.learningsets.ejb.person.SignedInLook;
import org.learningsets.ejb.platform.ConfigKeys;
import org.learningsets.model.person.AccessibilityPreferences;
import org.learningsets.web.platform.FacesResources;

/**
 * Limits a signed-in session on the server (OWASP ASVS 3.3): it ends after {@code learningsets.session.absolute.minutes}
 * (12 hours by default) however active it was, and at the next request once the person's account is disabled.
 * The idle limit (30 minutes) is the container's session timeout in web.xml. Static resources are not checked.
 */
@WebFilter(filterName = "SessionLimitsFilter", urlPatterns = "/*")
public class SessionLimitsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Where the filter leaves the person's display preferences for the page ({@link #lookReadWithAccount}). */
    private static final String LOOK = SessionLimitsFilter.class.getName() + ".look";

    @EJB
    transient SignedInLook signedIn;

    @Inject
    transient Clock clock;

    @Inject
    @ConfigProperty(name = ConfigKeys.SESSION_ABSOLUTE_MINUTES, defaultValue = "720")
    transient long absoluteMinutes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null && !FacesResources.requested(request)) {
            if (tooOld(
                    Instant.ofEpochMilli(session.getCreationTime()),
                    clock.instant(),
                    Duration.ofMinutes(absoluteMinutes))) {
                end(session, request);
                response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=expired");
                return;
            }
            // One statement: whether the account still lets its person in, and how their pages look.
            Optional<AccessibilityPreferences> look =
                    signedIn.ifEnabled(request.getUserPrincipal().getName());
            if (look.isEmpty()) {
                end(session, request);
                response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=disabled");
                return;
            }
            request.setAttribute(LOOK, look.get());
        }
        chain.doFilter(request, response);
    }

    private static void end(HttpSession session, HttpServletRequest request) throws ServletException {
        session.invalidate();
        request.logout();
    }

    /**
     * The signed-in person's display preferences as this filter read them at the start of the request, with the
     * check that their account is still enabled; empty where it did not check (no one signed in).
     */
    public static Optional<AccessibilityPreferences> lookReadWithAccount(ServletRequest request) {
        return request.getAttribute(LOOK) instanceof AccessibilityPreferences look
                ? Optional.of(look)
                : Optional.empty();
    }

    static boolean tooOld(Instant created, Instant now, Duration limit) {
        return !now.isBefore(created.plus(limit));
    }
}
