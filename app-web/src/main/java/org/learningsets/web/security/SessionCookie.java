package org.learningsets.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The session cookie at sign-in, by the form (SignInBacking) or through the trust (TrustSignInServlet). */
final class SessionCookie {

    private SessionCookie() {}

    /**
     * The signed-in session's cookie again, with SameSite=Lax: Payara 6.2025.10 leaves out the attribute web.xml
     * asks for (measured), so another site's form post would still carry the cookie. A later Set-Cookie of the same
     * name and path replaces the earlier one in the browser; the id does not change again until sign-out.
     */
    static void sameSiteLax(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        String name = request.getServletContext().getSessionCookieConfig().getName();
        response.addHeader(
                "Set-Cookie",
                (name == null ? "JSESSIONID" : name) + "="
                        + request.getSession().getId() + "; Path=" + path + "; HttpOnly; SameSite=Lax"
                        + (request.isSecure() ? "; Secure" : ""));
    }
}
