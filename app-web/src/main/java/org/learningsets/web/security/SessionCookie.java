package org.learningsets.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;

/** The session cookie at sign-in, by the form (SignInBacking) or through the trust (TrustSignInServlet). */
final class SessionCookie {

    private SessionCookie() {}

    /**
     * The container's session cookie again, with SameSite=Lax, where the container wrote it without: Payara
     * 6.2025.10 leaves out the attribute web.xml asks for (measured), so another site's form post would still carry
     * the cookie. A later Set-Cookie of the same name and path replaces the earlier one in the browser. Only the
     * container's own header is copied, value and all: Open Liberty's cookie value is not the bare session id, and an
     * id written here replaced its cookie and lost the sign-in. Where the container honours web.xml (Open Liberty) or
     * writes its cookie only when the response is sent (WildFly, see undertow-handlers.conf) nothing is added.
     */
    static void sameSiteLax(HttpServletRequest request, HttpServletResponse response) {
        String configured = request.getServletContext().getSessionCookieConfig().getName();
        String prefix = (configured == null ? "JSESSIONID" : configured) + "=";
        String last = null;
        for (String cookie : response.getHeaders("Set-Cookie")) {
            if (cookie.startsWith(prefix)) {
                last = cookie;
            }
        }
        if (last != null && !last.toLowerCase(Locale.ROOT).contains("samesite=")) {
            response.addHeader("Set-Cookie", last + "; SameSite=Lax");
        }
    }
}
