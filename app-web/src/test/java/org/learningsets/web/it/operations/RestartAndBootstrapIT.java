package org.learningsets.web.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.learningsets.ejb.security.TotpCodes;
import org.learningsets.web.it.support.FacesHttpClient;
import org.learningsets.web.it.support.MicroProcess;

/**
 * An operator's first days: a production start (demo off) with the bootstrap variables creates the first
 * administrator, who sets two-step sign-in up at the first sign-in (codes computed here as an app does); after a
 * restart the account, and everything else, is still there, and signing in asks for the code. With local passwords
 * switched off (sign-in through the trust on), only the account LEARNINGSETS_BOOTSTRAP_ADMIN_EMAIL names signs in with
 * a password. Health and metrics answer beside the application at the context root.
 */
class RestartAndBootstrapIT {

    private static final String EMAIL = "it.admin@example.org";
    private static final String PASSWORD = "a long enough passphrase";
    /** The two-step sign-in secret as the set-up page shows it for typing by hand, in groups of four. */
    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<");

    private String secret;
    private long lastStep = Long.MIN_VALUE;

    /** The code an authenticator app shows now, or the next step's once the current one was used. */
    private String nextCode() {
        lastStep = Math.max(TotpCodes.stepAt(Instant.now()), lastStep + 1);
        return TotpCodes.codeFor(secret, lastStep);
    }

    @Test
    void firstAdministratorSignsInAndTheDatabaseSurvivesARestart() throws Exception {
        Path dataDir = Files.createTempDirectory(
                Files.createDirectories(Path.of(System.getProperty("it.work.dir", "target"))), "restart-");
        Files.delete(dataDir); // a data directory that does not exist yet is created, not refused

        try (MicroProcess first = MicroProcess.start(
                "restart-first",
                Map.of(
                        "LEARNINGSETS_DATA_DIR",
                        dataDir.toString(),
                        "LEARNINGSETS_DEMO",
                        "false",
                        "LEARNINGSETS_BOOTSTRAP_ADMIN_EMAIL",
                        EMAIL,
                        "LEARNINGSETS_BOOTSTRAP_ADMIN_PASSWORD",
                        PASSWORD,
                        "LEARNINGSETS_BOOTSTRAP_ADMIN_NAME",
                        "Ida Administrator"))) {
            FacesHttpClient client = new FacesHttpClient(first.base());
            // A programme lead outside demo mode sets two-step sign-in up before any page opens.
            HttpResponse<String> setUp = client.signIn(EMAIL, PASSWORD);
            assertTrue(
                    setUp.uri().getPath().endsWith("account/two-step.xhtml"),
                    setUp.uri().toString());
            Matcher shown = SECRET.matcher(setUp.body());
            assertTrue(shown.find(), setUp.body());
            secret = shown.group(1).replace(" ", "");
            HttpResponse<String> codes = client.submit(
                    setUp,
                    "account/two-step.xhtml",
                    Map.of(
                            "confirmForm", "confirmForm",
                            "confirmForm:code", nextCode(),
                            "confirmForm:confirm", ""));
            assertTrue(codes.body().contains("Your recovery codes"), codes.body());
            HttpResponse<String> home = client.get("index.xhtml");
            assertTrue(home.uri().getPath().endsWith("index.xhtml"), home.uri().toString());
            assertTrue(home.body().contains("Welcome, Ida Administrator"));
            assertTrue(home.body().contains("No programmes yet."), "the empty state says what comes next");
            assertEquals(List.of(), openToOthers(dataDir), "everything in a fresh data directory is the owner's alone");
            assertFalse(
                    new FacesHttpClient(first.base())
                            .signIn("programme.lead@example.org", "demo-learning-sets")
                            .body()
                            .contains("Welcome"),
                    "no demo accounts outside demo mode");
            operatorsReachHealthAndMetricsBesideTheApplicationAtTheRoot(first);
            HttpResponse<String> forAdmin = client.get("metrics", "X-Forwarded-For", "203.0.113.9");
            assertEquals(200, forAdmin.statusCode(), "a signed-in administrator reads metrics from anywhere");
            assertTrue(forAdmin.body().contains("learningsets_signin_failed"));
        }

        // Restarted with sign-in through the trust on and local passwords off: the bootstrap administrator, named
        // by the setting, still signs in with her password (and her code).
        try (MicroProcess second = MicroProcess.start(
                "restart-second",
                Map.of(
                        "LEARNINGSETS_DATA_DIR",
                        dataDir.toString(),
                        "LEARNINGSETS_DEMO",
                        "false",
                        "LEARNINGSETS_OIDC_ISSUER",
                        "https://login.example.invalid/trust/v2.0",
                        "LEARNINGSETS_OIDC_CLIENT_ID",
                        "learningsets",
                        "LEARNINGSETS_LOCAL_PASSWORDS",
                        "false",
                        "LEARNINGSETS_BOOTSTRAP_ADMIN_EMAIL",
                        EMAIL))) {
            FacesHttpClient client = new FacesHttpClient(second.base());
            HttpResponse<String> codePage = client.signIn(EMAIL, PASSWORD);
            assertTrue(
                    codePage.uri().getPath().endsWith("account/sign-in-code.xhtml"),
                    codePage.uri().toString());
            HttpResponse<String> home = client.submit(
                    codePage,
                    "account/sign-in-code.xhtml",
                    Map.of("codeForm", "codeForm", "codeForm:code", nextCode(), "codeForm:verify", ""));
            assertTrue(home.body().contains("Welcome, Ida Administrator"), "the account survived the restart");
            assertTrue(
                    second.log().contains("Local passwords are off: only the bootstrap administrator " + EMAIL),
                    "the log says who still signs in with a password");
            assertTrue(
                    second.log().contains("(0 migrations run now)"),
                    "the second start found the schema already migrated");
            HttpResponse<String> wrong = new FacesHttpClient(second.base()).signIn(EMAIL, "wrong password here");
            assertTrue(wrong.body().contains("The email address or password is not right."));
            assertEquals(200, wrong.statusCode());
        }

        // Local passwords off and the bootstrap administrator someone else: her right password no longer signs her
        // in, with the one failure message.
        try (MicroProcess third = MicroProcess.start(
                "restart-third",
                Map.of(
                        "LEARNINGSETS_DATA_DIR",
                        dataDir.toString(),
                        "LEARNINGSETS_DEMO",
                        "false",
                        "LEARNINGSETS_OIDC_ISSUER",
                        "https://login.example.invalid/trust/v2.0",
                        "LEARNINGSETS_OIDC_CLIENT_ID",
                        "learningsets",
                        "LEARNINGSETS_LOCAL_PASSWORDS",
                        "false",
                        "LEARNINGSETS_BOOTSTRAP_ADMIN_EMAIL",
                        "break.glass@example.org"))) {
            HttpResponse<String> refused = new FacesHttpClient(third.base()).signIn(EMAIL, PASSWORD);
            assertTrue(refused.body().contains("The email address or password is not right."), refused.body());
            assertFalse(refused.body().contains("Welcome"));
            assertTrue(refused.body().contains("Sign in with your trust account"), "the trust's way in is offered");
        }
    }

    /** What under the data directory (itself included) other users of the server could open: nothing, 700/600. */
    private static List<String> openToOthers(Path dataDir) throws IOException {
        try (Stream<Path> all = Files.walk(dataDir)) {
            // "rwx------" and "rw-------": anything after the owner's three letters is open to group or others.
            return all.map(p -> dataDir.relativize(p) + " " + permissions(p))
                    .filter(line -> !line.endsWith("------"))
                    .toList();
        }
    }

    private static String permissions(Path p) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * At the context root "/" (as the README runs it) Payara puts its health and metrics servlets inside this
     * application: health must answer without signing in, and metrics to a scraper on the server itself (403 to a
     * request a proxy forwarded), while the application's pages still need a sign-in.
     */
    private static void operatorsReachHealthAndMetricsBesideTheApplicationAtTheRoot(MicroProcess micro)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient(); // no cookies, no redirects followed: a monitor's view
        for (String path : List.of("health", "health/live", "health/ready")) {
            HttpResponse<String> health = send(http, micro.base() + path);
            assertEquals(200, health.statusCode(), path + ": " + health.body());
            assertTrue(health.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
            assertTrue(health.body().startsWith("{\"status\":\"UP\""), path + ": " + health.body());
        }
        assertTrue(send(http, micro.base() + "health/ready").body().contains("learningsets-database"));
        HttpResponse<String> metrics = send(http, micro.base() + "metrics");
        assertEquals(200, metrics.statusCode(), "a scraper on the server itself");
        assertTrue(metrics.body().contains("learningsets_signin_failed"), "the application's own metrics");
        for (String forwarded : List.of("X-Forwarded-For:203.0.113.9", "Forwarded:for=203.0.113.9")) {
            String[] header = forwarded.split(":", 2);
            HttpResponse<String> proxied = http.send(
                    HttpRequest.newBuilder(URI.create(micro.base() + "metrics"))
                            .header(header[0], header[1])
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, proxied.statusCode(), "metrics are closed to anyone a proxy forwards: " + forwarded);
            assertFalse(proxied.body().contains("learningsets_signin_failed"));
        }
        for (String page : List.of("", "index.xhtml", "calendar/my-meetings.ics", "healthy.xhtml")) {
            HttpResponse<String> refused = send(http, micro.base() + page);
            assertEquals(302, refused.statusCode(), page);
            // An application page comes back after signing in (?next=...); the path is the sign-in page's.
            String location = refused.headers().firstValue("Location").orElse("");
            assertTrue(URI.create(location).getPath().endsWith("/login.xhtml"), page + ": " + location);
        }
    }

    private static HttpResponse<String> send(HttpClient http, String url) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url)).header("Accept", "*/*").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
