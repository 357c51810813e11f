package org.learningsets.web.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.learningsets.web.it.support.DemoLogins;
import org.learningsets.web.it.support.FacesHttpClient;
import org.learningsets.web.it.support.MicroProcess;
import org.learningsets.web.it.support.PrivatePostgres;
import org.learningsets.web.it.support.WriteBurst;

/**
 * Runs only in the postgresql profile: the application on a PostgreSQL server of this test's own
 * ({@link PrivatePostgres}, so stopping it touches no other test), started as an operator runs it. The database is
 * stopped while people use the application: readiness goes DOWN with the reason, liveness stays UP (an orchestrator
 * must not restart a server that can do nothing about it), pages and sign-in answer with the 503 page that says the
 * database is away; the database is started again and the same server, never restarted, is ready again, and the
 * signed-in member and a new sign-in work and write. Then that server is killed (kill -9) in the middle of a burst
 * of writes and started again on the same database: every acknowledged write is there, none half-written
 * ({@link WriteBurst}, as FaultInjectionIT does on Derby).
 */
class PostgresOperationsIT {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aStoppedDatabaseIsReportedAndOutlivedAndAKilledServerLosesNoAcknowledgedWrite() throws Exception {
        Optional<Path> bin = PrivatePostgres.installed();
        assumeTrue(bin.isPresent(), "needs PostgreSQL's programs (initdb, pg_ctl) under /usr/lib/postgresql");
        Path work = Path.of(System.getProperty("it.work.dir", "target/it"));
        Files.createDirectories(work);
        try (PrivatePostgres pg = PrivatePostgres.start(bin.get())) {
            Map<String, String> settings = Map.of(
                    "LEARNINGSETS_DATA_DIR",
                    Files.createTempDirectory(work, "postgres-stopped-").toString(),
                    "LEARNINGSETS_DEMO",
                    "true",
                    "LEARNINGSETS_DB_URL",
                    pg.url(),
                    "LEARNINGSETS_DB_USER",
                    PrivatePostgres.USER,
                    "LEARNINGSETS_DB_PASSWORD",
                    "");
            MicroProcess micro = MicroProcess.start("postgres-stopped", settings);
            try {
                databaseStoppedAndStartedAgain(pg, micro);
            } catch (Exception | AssertionError e) {
                micro.kill();
                throw e;
            }
            // The same server, then killed mid-burst (as FaultInjectionIT on Derby) and started again.
            WriteBurst burst = WriteBurst.killedMidway(micro);
            try (MicroProcess again = MicroProcess.start("postgres-killed-again", settings)) {
                System.out.println("FAULTS kill -9 (PostgreSQL): " + burst.assertKeptOn(again));
            }
        }
    }

    /** Readiness, liveness and the pages while the database is stopped, and after it starts again. */
    private void databaseStoppedAndStartedAgain(PrivatePostgres pg, MicroProcess micro) throws Exception {
        HttpResponse<String> ready = health(micro, "ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("PostgreSQL"), ready.body());
        FacesHttpClient amira = new FacesHttpClient(micro.base());
        amira.signIn(DemoLogins.MEMBER, DemoLogins.PASSWORD);
        assertEquals(200, amira.get("index.xhtml").statusCode());
        HttpResponse<String> logForm = amira.get("learning/log.xhtml"); // open before the database stops

        Instant stopping = Instant.now();
        pg.stop();
        Duration stopped = Duration.between(stopping, Instant.now());
        HttpResponse<String> down = waitForReadiness(micro, 503);
        Duration toDown = Duration.between(stopping, Instant.now());
        assertTrue(
                down.body().contains("\"DOWN\"")
                        && down.body().contains("learningsets-database")
                        && down.body().contains("unreachable"),
                "DOWN with the reason: " + down.body());
        HttpResponse<String> live = health(micro, "live");
        assertEquals(200, live.statusCode(), "alive: no restart wanted " + live.body());

        HttpResponse<String> page = amira.get("index.xhtml");
        assertFriendly(page, "a signed-in member's page");
        String typed = "Written while the database was away " + UUID.randomUUID();
        assertFriendly(
                amira.submit(
                        logForm,
                        "learning/log.xhtml",
                        Map.of(
                                "entry",
                                "entry",
                                "entry:meeting",
                                "",
                                "entry:learned",
                                typed,
                                "entry:differently",
                                "",
                                "entry:save",
                                "")),
                "saving a form");
        HttpResponse<String> ajax =
                amira.ajax(logForm, "learning/log.xhtml", "entry", "save", Map.of("entry:learned", typed));
        Matcher redirect = Pattern.compile("<redirect url=\"([^\"]+)\"").matcher(ajax.body());
        assertTrue(redirect.find() && redirect.group(1).contains("unavailable.xhtml"), "ajax: " + ajax.body());
        HttpResponse<String> followed =
                amira.get(redirect.group(1).replace("&amp;", "&").substring(1));
        assertTrue(followed.body().contains("The database is not available"), "ajax, followed: " + followed.body());
        HttpResponse<String> signIn =
                new FacesHttpClient(micro.base()).signIn(DemoLogins.OTHER_MEMBER, DemoLogins.PASSWORD);
        assertFriendly(signIn, "a sign-in");

        Instant starting = Instant.now();
        pg.start();
        HttpResponse<String> up = waitForReadiness(micro, 200);
        Duration toUp = Duration.between(starting, Instant.now());
        assertTrue(up.body().contains("\"UP\""), up.body());

        assertEquals(200, amira.get("index.xhtml").statusCode(), "the signed-in member carries on");
        FacesHttpClient ben = new FacesHttpClient(micro.base());
        HttpResponse<String> home = ben.signIn(DemoLogins.OTHER_MEMBER, DemoLogins.PASSWORD);
        assertTrue(home.uri().getPath().endsWith("/index.xhtml"), "signed in again: " + home.uri());
        String written = "Written after the database came back " + UUID.randomUUID();
        HttpResponse<String> saved = ben.submit(
                "learning/log.xhtml", "entry", Map.of("meeting", "", "learned", written, "differently", ""), "save");
        assertTrue(saved.body().contains("Your reflection is saved"), saved.body());
        assertTrue(ben.get("learning/log.xhtml").body().contains(written), "written and read back");
        assertFalse(amira.get("learning/log.xhtml").body().contains(typed), "nothing saved while it was away");
        System.out.printf(
                "FAULTS database stopped (PostgreSQL, pg_ctl stop -m fast in %d ms): readiness DOWN "
                        + "%d ms after the stop began, liveness UP throughout; started again, readiness UP %d ms after "
                        + "pg_ctl start began, sign-in and a write work, no restart of the application%n",
                stopped.toMillis(), toDown.toMillis(), toUp.toMillis());
    }

    private static void assertFriendly(HttpResponse<String> page, String what) {
        assertEquals(503, page.statusCode(), what + ": " + page.body());
        assertTrue(
                page.body().contains("The database is not available")
                        && page.body().contains("try again in a few minutes"),
                what + ": " + page.body());
        assertFalse(FacesHttpClient.showsStackTrace(page.body()), what + ": no stack trace");
        assertTrue(page.headers().firstValue("Retry-After").isPresent(), what + ": Retry-After");
    }

    private HttpResponse<String> health(MicroProcess micro, String which) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(micro.base() + "health/" + which))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Polls readiness (a condition, not a fixed sleep) until it answers with the status, for up to 60 s. */
    private HttpResponse<String> waitForReadiness(MicroProcess micro, int status) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        HttpResponse<String> last = health(micro, "ready");
        while (last.statusCode() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(100); // between polls of the condition, so the check itself does not load the server
            last = health(micro, "ready");
        }
        assertEquals(status, last.statusCode(), last.body());
        return last;
    }
}
