package org.learningsets.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Sign-out ends the session on the server, not only in the browser. */
@Named
@RequestScoped
public class SignOutBacking {

    @Inject
    ExternalContext external;

    public String signOut() throws ServletException {
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login?faces-redirect=true&signedOut=true";
    }
}
