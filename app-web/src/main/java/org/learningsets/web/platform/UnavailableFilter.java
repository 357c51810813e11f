package org.learningsets.web.platform;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.Set;
import org.learningsets.ejb.platform.ApplicationStatus;

/**
 * When start-up failed (no writable data directory, a database that cannot be opened), every request gets a
 * plain page saying what is wrong and what to do, with status 503, instead of errors from half-started parts.
 * Payara's health and metrics servlets are let through (they are part of this application when it runs at the
 * context root "/", see web.xml): /health/ready then answers DOWN in JSON with the reason, as monitors expect.
 */
@WebFilter(filterName = "UnavailableFilter", urlPatterns = "/*")
public class UnavailableFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> OPERATOR_SERVLET_PATHS = Set.of("/health", "/metrics");

    @EJB
    transient ApplicationStatus status;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> failure = status.failure();
        if (failure.isEmpty() || OPERATOR_SERVLET_PATHS.contains(request.getServletPath())) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try (PrintWriter out = response.getWriter()) {
            out.println("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\">"
                    + "<title>Learning Sets is not available</title></head><body style=\"font-family:sans-serif;"
                    + "max-width:40rem;margin:3rem auto;line-height:1.5\"><main><h1>Learning Sets is not available"
                    + "</h1><p>The application could not start:</p><p><strong>" + escape(failure.get())
                    + "</strong></p><p>Please tell your IT service desk. Nothing has been changed or lost.</p>"
                    + "</main></body></html>");
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
