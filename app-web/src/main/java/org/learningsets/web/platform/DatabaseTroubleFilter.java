package org.learningsets.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.learningsets.ejb.platform.ConfigKeys;
import org.learningsets.ejb.platform.LogText;
import org.omnifaces.util.Servlets;

/**
 * A page or form post that failed because the database is away or its disk is full answers 503 with a page that
 * says so and when to try again (unavailable.xhtml, the 503 error page in web.xml), instead of the general error
 * page, which itself needs the database (the layout reads the person's display preferences). Mapped in web.xml
 * before every other filter but the headers, so it also catches failures of the filters that read the database
 * (SessionLimitsFilter). An ajax request is sent there by a redirect in its partial response; one that fails
 * inside Faces is answered by {@link DatabaseTroubleExceptionHandlerFactory}.
 */
public class DatabaseTroubleFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseTroubleFilter.class.getName());
    /** Seconds a client or proxy may wait before trying again (RFC 9110 Retry-After). */
    static final String RETRY_AFTER_SECONDS = "120";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            Optional<DatabaseTrouble> trouble = DatabaseTrouble.of(e, dataDirectory());
            if (trouble.isEmpty() || response.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> request.getMethod() + " " + request.getRequestURI() + " failed, database " + trouble.get()
                    + ": " + rootMessage(e));
            if (Servlets.isFacesAjaxRequest(request)) {
                // An ajax request wants a partial response: PrimeFaces follows a redirect in it to the same page.
                response.resetBuffer(); // nothing of the failed request's own answer
                String page = request.getContextPath() + DatabaseTroubleExceptionHandlerFactory.PAGE;
                Servlets.facesRedirect(
                        request, response, page + "?reason=%s", trouble.get().name());
                return;
            }
            request.setAttribute(DatabaseTrouble.ATTRIBUTE, trouble.get().name());
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    /** The data directory (embedded Derby's), as MicroProfile Config has it. */
    static Path dataDirectory() {
        return Path.of(ConfigProvider.getConfig()
                .getOptionalValue(ConfigKeys.DATA_DIR, String.class)
                .orElse("./data"));
    }

    static String rootMessage(Throwable failure) {
        Throwable root = LogText.rootCause(failure);
        return root.getClass().getName() + ": " + root.getMessage();
    }
}
