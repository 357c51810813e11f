package org.learningsets.web.security;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.stream.Collectors;
import org.learningsets.ejb.security.trust.TrustSignInResult;
import org.learningsets.ejb.security.trust.TrustSignInService;
import org.learningsets.model.security.Role;

/**
 * Sign-in with the trust's account: {@code /sso/start} sends the browser to the trust's provider, which sends it
 * back to {@code /sso/callback}; there the answer is checked (TrustProvider), the account found (TrustSignInService),
 * and the person signed in as the form sign-in does: a new session id and the caller kept in the session, which
 * SignInMechanism hands to the container on every request. Someone the application does not know, or whose account
 * is disabled, gets a page that says what to do, and no account is made.
 */
@WebServlet(urlPatterns = {TrustSignInServlet.START, TrustSignInServlet.CALLBACK})
public class TrustSignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String START = "/sso/start";
    static final String CALLBACK = "/sso/callback";
    static final String NOT_KNOWN_PAGE = "/sso/not-known.xhtml";
    static final String DISABLED_PAGE = "/sso/disabled.xhtml";
    static final String PROBLEM_PAGE = "/sso/problem.xhtml";
    static final String PENDING = TrustSignInServlet.class.getName() + ".pending";
    /** The provider's ID token, for signing out there too (SignOutBacking). */
    static final String ID_TOKEN = TrustSignInServlet.class.getName() + ".idToken";
    /** Why the last attempt failed, shown once by the problem page. */
    static final String PROBLEM = TrustSignInServlet.class.getName() + ".problem";

    @Inject
    transient TrustProvider provider;

    @EJB
    transient TrustSignInService signIns;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!provider.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            if (CALLBACK.equals(request.getServletPath())) {
                callback(request, response);
            } else {
                start(request, response);
            }
        } catch (TrustProvider.Failed e) {
            request.getSession().setAttribute(PROBLEM, e.getMessage());
            response.sendRedirect(request.getContextPath() + PROBLEM_PAGE);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response)
            throws IOException, TrustProvider.Failed {
        String next = ReturnAddress.of(request.getParameter("next")).orElse(null);
        TrustProvider.Pending pending = TrustProvider.newPending(next);
        URI to = provider.authorisationAddress(redirect(request), pending);
        request.getSession().setAttribute(PENDING, pending);
        response.sendRedirect(to.toString());
    }

    private void callback(HttpServletRequest request, HttpServletResponse response)
            throws IOException, TrustProvider.Failed {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof TrustProvider.Pending pending)) {
            throw new TrustProvider.Failed("This sign-in had expired or was started in another browser. Start again.");
        }
        session.removeAttribute(PENDING);
        TrustProvider.Completed completed = provider.complete(
                TrustProvider.callbackAddress(request.getRequestURL().toString(), request.getQueryString()),
                redirect(request),
                pending);
        TrustSignInResult result = signIns.signIn(completed.identity());
        switch (result.outcome()) {
            case SIGNED_IN -> {
                // A new session id at sign-in, as the form does: an id known before signing in is worthless after.
                request.changeSessionId();
                HttpSession signedIn = request.getSession();
                signedIn.setAttribute(
                        SignInMechanism.SIGNED_IN,
                        new SignInMechanism.SignedIn(
                                result.email(),
                                result.roles().stream().map(Role::name).collect(Collectors.toSet())));
                signedIn.setAttribute(ID_TOKEN, completed.idToken());
                SessionCookie.sameSiteLax(request, response);
                String next = pending.next() == null ? "/index.xhtml" : pending.next();
                response.sendRedirect(request.getContextPath() + next);
            }
            case DISABLED -> response.sendRedirect(request.getContextPath() + DISABLED_PAGE);
            default -> response.sendRedirect(request.getContextPath() + NOT_KNOWN_PAGE);
        }
    }

    private URI redirect(HttpServletRequest request) {
        return provider.address(request, CALLBACK);
    }
}
