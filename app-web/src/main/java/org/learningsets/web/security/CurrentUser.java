package org.learningsets.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * Who is signed in, asked afresh on each request (roles are never cached in the session). Asked of the request,
 * whose user principal is null until someone signs in on every server (Servlet); SecurityContext's caller principal
 * is an "anonymous" one before sign-in on WildFly, which showed the sign-in page as signed in.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getEmail() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }
}
