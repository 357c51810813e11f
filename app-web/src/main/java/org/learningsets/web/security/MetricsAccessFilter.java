package org.learningsets.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.learningsets.model.security.Role;

/**
 * MicroProfile Metrics (at the context root Payara serves /metrics inside this application) shows the failed
 * sign-in counter, heap and request figures: an administrator signed in may read it, and so may a scraper on the
 * server itself (a loopback address, not forwarded by a proxy); anyone else gets 403. Health stays public for load
 * balancers.
 */
@WebFilter(filterName = "MetricsAccessFilter", urlPatterns = "/metrics/*")
public class MetricsAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isUserInRole(Role.ADMIN.name()) || fromThisMachine(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.sendError(
                HttpServletResponse.SC_FORBIDDEN,
                "Metrics are for administrators and for a scraper on the server itself.");
    }

    /** A direct connection from this machine; a request a local proxy forwarded says so in its headers. */
    static boolean fromThisMachine(HttpServletRequest request) {
        if (request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null) {
            return false;
        }
        String address = request.getRemoteAddr();
        if (address == null || !address.matches("[0-9a-fA-F.:]+")) {
            return false; // only literal addresses: no name lookup
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
