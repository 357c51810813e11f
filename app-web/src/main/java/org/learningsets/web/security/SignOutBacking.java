package org.learningsets.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Optional;

/**
 * Sign-out ends the session on the server, not only in the browser; after a sign-in through the trust it also ends
 * the session at the trust's provider where the provider offers that (RP-initiated logout), which then sends the
 * browser back to the sign-in page.
 */
@Named
@RequestScoped
public class SignOutBacking {

    private static final String SIGNED_OUT = "/login.xhtml?signedOut=true";

    @Inject
    ExternalContext external;

    @Inject
    TrustProvider trust;

    public String signOut() throws ServletException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpSession session = request.getSession(false);
        Object idToken = session == null ? null : session.getAttribute(TrustSignInServlet.ID_TOKEN);
        request.logout();
        external.invalidateSession();
        if (idToken instanceof String token && trust.isEnabled()) {
            Optional<URI> atProvider = trust.signOutAddress(token, trust.address(request, SIGNED_OUT));
            if (atProvider.isPresent()) {
                // Through a page of our own: the CSP's form-action 'self' stops a form post from being redirected
                // to another site, and the page's own navigation to the provider is not a form post.
                request.getSession(true)
                        .setAttribute(TrustSignOut.AT_PROVIDER, atProvider.get().toString());
                return "/sso/signing-out?faces-redirect=true";
            }
        }
        return "/login?faces-redirect=true&signedOut=true";
    }
}
