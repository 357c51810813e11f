package org.learningsets.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs only in the postgresql profile (the same WAR with LEARNINGSETS_DB_URL): the application runs on PostgreSQL,
 * readiness goes DOWN while the database refuses connections and comes back UP by itself when it accepts them
 * again (the pool validates its connections).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PostgresOperationsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readinessFollowsTheDatabase() throws Exception {
        HttpResponse<String> ready = ready();
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("PostgreSQL"), ready.body());
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), "the sign-in page is served from PostgreSQL-backed start-up");

        // The application's own settings (LEARNINGSETS_DB_*), plus a superuser to take the database away.
        String url = System.getenv("LEARNINGSETS_DB_URL");
        String appUser = System.getenv("LEARNINGSETS_DB_USER");
        String database = url.replaceAll(".*/", "");
        try (Connection admin = DriverManager.getConnection(url, System.getenv("LEARNINGSETS_TEST_PG_ADMIN_USER"),
                System.getenv("LEARNINGSETS_TEST_PG_ADMIN_PASSWORD"));
                Statement sql = admin.createStatement()) {
            sql.execute("REVOKE CONNECT ON DATABASE " + database + " FROM PUBLIC");
            sql.execute("REVOKE CONNECT ON DATABASE " + database + " FROM " + appUser);
            sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + appUser + "'");
            try {
                HttpResponse<String> away = waitForStatus(503);
                assertTrue(away.body().contains("DOWN") && away.body().contains("learningsets-database"),
                        away.body());
            } finally {
                sql.execute("GRANT CONNECT ON DATABASE " + database + " TO PUBLIC");
                sql.execute("GRANT CONNECT ON DATABASE " + database + " TO " + appUser);
            }
        }
        HttpResponse<String> back = waitForStatus(200);
        assertTrue(back.body().contains("\"UP\""), back.body());
    }

    private HttpResponse<String> ready() throws Exception {
        URI server = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/health/ready");
        return http.send(HttpRequest.newBuilder(server).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Polls readiness (a condition, not a fixed sleep) until it answers with the status, for up to 60 s. */
    private HttpResponse<String> waitForStatus(int status) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        HttpResponse<String> last = ready();
        while (last.statusCode() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(250); // between polls of the condition, so the check itself does not load the server
            last = ready();
        }
        assertEquals(status, last.statusCode(), last.body());
        return last;
    }
}
