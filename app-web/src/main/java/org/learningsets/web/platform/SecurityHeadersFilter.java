package org.learningsets.web.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The response headers of OWASP ASVS 14.4 that do not depend on the page. The Content-Security-Policy itself is
 * PrimeFaces' (web.xml, {@code primefaces.CSP_POLICY}): it needs the per-request nonce that PrimeFaces puts on the
 * page's scripts. Mapped first in web.xml, for forwards and error pages too (the sign-in page is reached by a
 * forward), so no page leaves without these.
 *
 * <p>An error page is a new page, not the answer to the form whose post failed: it is shown without that post's view
 * state. Otherwise PrimeFaces takes it for a postback and wants the failed page's nonce back, and a post that had none
 * (a forged one, for example, with a made-up view state) would break the page meant to say it has expired.
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
        chain.doFilter(
                request.getDispatcherType() == DispatcherType.ERROR ? new WithoutViewState(request) : request,
                response);
    }

    /** The request without the Faces view state parameter. */
    private static final class WithoutViewState extends HttpServletRequestWrapper {

        private static final String VIEW_STATE = "jakarta.faces.ViewState";

        WithoutViewState(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return VIEW_STATE.equals(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return VIEW_STATE.equals(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return super.getParameterMap().entrySet().stream()
                    .filter(e -> !VIEW_STATE.equals(e.getKey()))
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
