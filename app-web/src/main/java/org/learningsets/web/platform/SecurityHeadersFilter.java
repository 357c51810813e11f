package org.learningsets.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The response headers of OWASP ASVS 14.4 that do not depend on the page. The Content-Security-Policy itself is
 * PrimeFaces' (web.xml, {@code primefaces.CSP_POLICY}): it needs the per-request nonce that PrimeFaces puts on the
 * page's scripts. Mapped first in web.xml, for forwards and error pages too (the sign-in page is reached by a
 * forward), so no page leaves without these.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Served types are declared; the browser must not guess a script or page from an upload or a download.
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Addresses carry record ids: nothing to other sites. Same-origin keeps the Origin header on our own posts.
        response.setHeader("Referrer-Policy", "same-origin");
        // frame-ancestors 'none' in the policy says the same to current browsers; this covers the responses
        // without the policy (downloads) and older browsers.
        response.setHeader("X-Frame-Options", "DENY");
        if (!FacesResources.requested(request)) {
            // Every page and download shows a signed-in person's data, or the sign-in form: nothing kept on disk or
            // in the back/forward cache of a shared computer. Scripts, styles and images may be cached.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
