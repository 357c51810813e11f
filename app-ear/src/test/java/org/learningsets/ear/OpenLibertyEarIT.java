package org.learningsets.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningsets.ear.ServerProcesses.seconds;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The EAR where IT staff deploy it on Open Liberty 25.0.0.10 (unpacked by the build from Maven Central), set up as
 * docs/install-liberty.md says: {@code bin/server create}, ops/liberty/server.xml copied over the server's, Derby's
 * jars from the EAR in the server's lib/derby, the application's settings in server.env, the EAR in the server's
 * apps folder; the database embedded Derby opened by the server, or PostgreSQL with ops/liberty/postgresql.xml. On
 * each: health is UP with the application's own check, the member's journey ({@link MemberJourney}) with the EAR
 * replaced in the middle (Liberty restarts the application), the application's figures at /metrics, and a clean stop
 * (with Derby shut down by the server); the server is stopped afterwards whatever happened.
 */
class OpenLibertyEarIT {

    /** Apart from Payara's test (28080) and WildFly's (29080, 30990). */
    private static final int HTTP_PORT = 29380;

    private static final String SERVER = "learningsets";

    private final Path home = Path.of(System.getProperty("liberty.home"));
    private final Path serverXml = Path.of(System.getProperty("liberty.server.xml"));
    private final Path ear = Path.of(System.getProperty("app.ear"));
    private final Path work = Path.of(System.getProperty("it.work.dir"));
    /** The servers' folder (WLP_USER_DIR) for this test, so the distribution itself stays untouched. */
    private final Path userDir = work.resolve("liberty-usr");

    private final Path serverDir = userDir.resolve("servers").resolve(SERVER);
    private final Path messages = serverDir.resolve("logs/messages.log");
    private final String app = "http://localhost:" + HTTP_PORT + "/";

    @ParameterizedTest
    @EnumSource(EarDatabase.class)
    void theEarDeploysOnOpenLibertyAndAMemberSignsInAndWrites(EarDatabase database) throws Exception {
        long started = System.nanoTime();
        assertTrue(Files.isRegularFile(ear), "build the EAR first: " + ear);
        Optional<EarDatabase.Postgres> postgres = database == EarDatabase.POSTGRESQL
                ? Optional.of(EarDatabase.freshPostgres("learningsets_ear_liberty"))
                : Optional.empty();
        try (ServerSocket free = new ServerSocket(HTTP_PORT)) {
            assertTrue(free.isBound(), "port " + HTTP_PORT + " is free for the test's server");
        }
        Files.createDirectories(work);
        ServerProcesses.deleteTree(userDir);
        ServerProcesses.deleteEarlier(work, "liberty-data-");
        // Owner-only (createTempDirectory makes it rwx------), as the application requires of its data directory.
        Path data = Files.createTempDirectory(work, "liberty-data-");
        run(List.of(script().toString(), "create", SERVER), "create");
        configure(data, postgres);
        Process server = start();
        try {
            waitForLog("CWWKZ0001I: Application " + SERVER + " started", 1, Duration.ofMinutes(5), server);
            ServerProcesses.waitUntil(app + "health/ready", 200, Duration.ofMinutes(1), server);
            long deployed = System.nanoTime();

            HttpResponse<String> ready = FacesForms.get(HttpClient.newHttpClient(), app + "health/ready");
            assertEquals(200, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());
            assertTrue(
                    ready.body().contains("learningsets-database"),
                    "the application's own readiness check (its database): " + ready.body());

            MemberJourney journey = new MemberJourney(app, "Open Liberty");
            journey.beforeTheRedeploy();

            MemberJourney.figuresReachTheOperator(
                    app + "metrics",
                    work.resolve("liberty-metrics.txt"),
                    "learningsets_signin_failed_total",
                    "learningsets_home_seconds");

            // An upgrade as docs/install-liberty.md does it: a new EAR over the old one; Liberty stops the old version
            // and starts the new one on the same data, which the server's data source keeps open.
            Files.copy(ear, serverDir.resolve("apps/learningsets.ear"), StandardCopyOption.REPLACE_EXISTING);
            waitForLog("CWWKZ0003I: The application " + SERVER + " updated", 1, Duration.ofMinutes(5), server);
            ServerProcesses.waitUntil(app + "health/ready", 200, Duration.ofMinutes(1), server);
            journey.entryIsStillThere();
            long checked = System.nanoTime();

            run(List.of(script().toString(), "stop", SERVER), "stop");
            assertTrue(server.waitFor(1, TimeUnit.MINUTES), "the server stops within a minute");
            assertEquals(0, server.exitValue(), "a clean stop");
            String serverLog = Files.readString(messages);
            assertTrue(
                    serverLog.contains("CWWKZ0009I: The application " + SERVER + " has stopped successfully."),
                    "the application stopped with the server");
            assertTrue(
                    serverLog.contains("The application's figures are published through MicroProfile Metrics."),
                    "the figures' way out is named in the log");
            assertTrue(
                    serverLog.contains("AccessDeniedException: This set is for its current members only."),
                    "Set A's page was refused to Grace by the application's own check");
            for (String refusal : List.of("SESN0008E", "J2CA8022E", "CWWKS9660E", "XSDB6")) {
                assertFalse(serverLog.contains(refusal), refusal + " in the server's log");
            }
            if (postgres.isPresent()) {
                assertTrue(
                        serverLog.contains("Database " + postgres.get().url() + " as "
                                + postgres.get().user() + " is at schema version"),
                        "start-up used PostgreSQL through the server's data source");
                assertFalse(Files.exists(data.resolve("derby")), "no Derby database in the data directory");
            } else {
                theServersDerbyHeldTheDatabase(serverLog, data);
            }
            System.out.printf(
                    "OpenLibertyEarIT on %s: server up and deployed %d s, checks and redeploy %d s, stopped %d s;"
                            + " total %d s%n",
                    database,
                    seconds(started, deployed),
                    seconds(deployed, checked),
                    seconds(checked, System.nanoTime()),
                    seconds(started, System.nanoTime()));
        } finally {
            ServerProcesses.stopIfRunning(server);
            if (Files.isRegularFile(messages)) {
                Files.copy(
                        messages,
                        work.resolve("liberty-messages-" + database.name().toLowerCase() + ".log"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** On Derby: the server's copy of Derby opened the database in the data directory and shut it down at the end. */
    private static void theServersDerbyHeldTheDatabase(String serverLog, Path data) throws IOException {
        assertTrue(
                serverLog.contains("Derby at " + data.resolve("derby").toAbsolutePath()
                        + " is opened by the server's data source"),
                "the server's data source opens the database in the data directory, and the application leaves it"
                        + " to the server, which holds it across redeployments");
        String derbyLog = Files.readString(data.resolve("derby.log"));
        assertFalse(derbyLog.contains("XSDB6"), "no second Derby on the same database");
        assertTrue(
                derbyLog.lastIndexOf("Shutting down instance") > derbyLog.lastIndexOf("Booting Derby"),
                "Derby shut down when the server stopped:\n" + derbyLog);
        assertEquals(
                "rwx------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("derby"))),
                "Derby's folder owner-only, like the data directory");
    }

    /**
     * As the guide's steps: the checked-in server.xml and the checked-in file for the database (derby.xml or
     * postgresql.xml) beside it, the database driver's jars from the EAR, the settings in server.env, the test's port in bootstrap.properties, the EAR in
     * apps/.
     */
    private void configure(Path data, Optional<EarDatabase.Postgres> postgres) throws IOException {
        Files.copy(serverXml, serverDir.resolve("server.xml"), StandardCopyOption.REPLACE_EXISTING);
        String settings = "\nLEARNINGSETS_DATA_DIR=" + data.toAbsolutePath() + "\nLEARNINGSETS_DEMO=true\n";
        if (postgres.isPresent()) {
            Files.copy(serverXml.resolveSibling("postgresql.xml"), serverDir.resolve("postgresql.xml"));
            copyFromTheEar(List.of("postgresql.jar"), serverDir.resolve("lib/postgresql"));
            settings += "LEARNINGSETS_DB_URL=" + postgres.get().url() + "\nLEARNINGSETS_DB_USER="
                    + postgres.get().user() + "\nLEARNINGSETS_DB_PASSWORD="
                    + postgres.get().password() + "\n";
        } else {
            Files.copy(serverXml.resolveSibling("derby.xml"), serverDir.resolve("derby.xml"));
            copyFromTheEar(List.of("derby.jar", "derbyshared.jar", "derbytools.jar"), serverDir.resolve("lib/derby"));
        }
        // Added to what bin/server create wrote there (a generated keystore password).
        Files.writeString(
                serverDir.resolve("server.env"), settings, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Files.writeString(serverDir.resolve("bootstrap.properties"), "http.port=" + HTTP_PORT + "\n");
        Files.writeString(serverDir.resolve("jvm.options"), "-Xms256m\n-Xmx1g\n");
        Files.copy(ear, Files.createDirectories(serverDir.resolve("apps")).resolve("learningsets.ear"));
    }

    private void copyFromTheEar(List<String> jars, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (ZipFile zip = new ZipFile(ear.toFile())) {
            for (String jar : jars) {
                ZipEntry entry = zip.getEntry("lib/" + jar);
                assertNotNull(entry, jar + " in the EAR");
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, folder.resolve(jar), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private Process start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(script().toString(), "run", SERVER)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("liberty-console.log").toFile());
        environment(builder);
        return builder.start();
    }

    /** Runs the server script with the test's Java and servers folder; it must succeed within five minutes. */
    private void run(List<String> command, String name) throws IOException, InterruptedException {
        Path log = work.resolve("liberty-" + name + "-" + System.nanoTime() + ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        environment(builder);
        Process process = builder.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " took too long");
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + Files.readString(log));
    }

    private void environment(ProcessBuilder builder) {
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("WLP_USER_DIR", userDir.toString());
    }

    private Path script() {
        Path script = home.resolve("bin/server");
        script.toFile().setExecutable(true);
        return script;
    }

    /**
     * Waits until the server's log holds the message at least {@code times} times; fails at once when the log says
     * the application could not start or a feature is unknown.
     */
    private void waitForLog(String message, int times, Duration limit, Process server)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(server.isAlive(), "the server exited with " + (server.isAlive() ? "" : server.exitValue()));
            String log = Files.isRegularFile(messages) ? Files.readString(messages) : "";
            if (count(log, message) >= times) {
                return;
            }
            for (String failed : List.of("CWWKZ0002E", "CWWKZ0004E", "CWWKF0001E")) {
                assertFalse(log.contains(failed), "the server's log says " + failed + ":\n" + log);
            }
            server.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("no \"" + message + "\" in the server's log within " + limit);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
