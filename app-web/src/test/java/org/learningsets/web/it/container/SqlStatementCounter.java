package org.learningsets.web.it.container;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.logging.Logger;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Test only (added to the built WAR by SqlStatementsPerPageIT): counts the SQL statements EclipseLink sends to the
 * database while a page request runs and puts the count on the response as {@value #HEADER}. Every JPA query and
 * every lazy load the services and pages make goes through the server session, whose event listeners are copied
 * into each client session and unit of work made after it is registered; EJB calls run on the request's thread, so
 * a thread-local count per request catches all of them. The sign-in identity store's JDBC look-up is not JPA and
 * not counted (it runs at sign-in only, not on a page render).
 */
@WebFilter("*.xhtml")
public class SqlStatementCounter extends HttpFilter {

    public static final String HEADER = "X-Sql-Statements";
    private static final long serialVersionUID = 1L;
    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();
    /** To see which statements a page runs: start the server with -Dlearningsets.test.log-sql=true. */
    private static final boolean LOG_STATEMENTS = Boolean.getBoolean("learningsets.test.log-sql");

    private static final Logger LOG = Logger.getLogger(SqlStatementCounter.class.getName());

    @PersistenceUnit
    transient EntityManagerFactory emf;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        emf.unwrap(Session.class).getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postExecuteCall(SessionEvent event) {
                int[] count = COUNT.get();
                if (count != null) {
                    count[0]++;
                    if (LOG_STATEMENTS) {
                        LOG.info("SQL " + count[0] + ": " + event.getCall());
                    }
                }
            }
        });
    }

    /** The page is buffered so the header can still be set once it is rendered and every statement ran. */
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        int[] count = {0};
        COUNT.set(count);
        Buffered buffered = new Buffered(response);
        try {
            chain.doFilter(request, buffered);
        } finally {
            COUNT.remove();
        }
        if (!response.isCommitted()) {
            response.setHeader(HEADER, Integer.toString(count[0]));
        }
        buffered.copyToResponse();
    }

    private static final class Buffered extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;
        private ServletOutputStream stream;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
            return stream;
        }

        @Override
        public void flushBuffer() {
            // Kept until the page is complete.
        }

        @Override
        public void setContentLength(int length) {
            // The real length is set when the buffer is copied.
        }

        @Override
        public void setContentLengthLong(long length) {
            // As above.
        }

        void copyToResponse() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (bytes.size() > 0 && !getResponse().isCommitted()) {
                getResponse().setContentLength(bytes.size());
                bytes.writeTo(getResponse().getOutputStream());
            }
        }
    }
}
