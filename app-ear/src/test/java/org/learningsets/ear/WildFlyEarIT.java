package org.learningsets.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningsets.ear.ServerProcesses.seconds;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The EAR where IT staff deploy it on WildFly 38 (unpacked by the build from Maven Central), configured as
 * docs/install-wildfly.md says: ops/wildfly/learningsets.cli run by jboss-cli in embed mode on standalone-full.xml,
 * the application's settings in the server's environment, the database embedded Derby in an owner-only data
 * directory or PostgreSQL (LEARNINGSETS_DB_URL, _USER, _PASSWORD). On each: health is UP, the member's journey
 * ({@link MemberJourney}) with a redeploy in the middle, the application's figures at the Prometheus endpoint; the
 * server is stopped afterwards whatever happened.
 */
class WildFlyEarIT {

    /** Ports 8080 + offset (HTTP) and 9990 + offset (management), apart from Payara's test (28080, 28048). */
    private static final int PORT_OFFSET = 21000;

    private static final int HTTP_PORT = 8080 + PORT_OFFSET;
    private static final int MANAGEMENT_PORT = 9990 + PORT_OFFSET;
    private static final String DEPLOYMENT = "learningsets.ear";

    private final Path home = Path.of(System.getProperty("wildfly.home"));
    private final Path cli = Path.of(System.getProperty("wildfly.cli"));
    private final Path ear = Path.of(System.getProperty("app.ear"));
    private final Path work = Path.of(System.getProperty("it.work.dir"));
    /** The server's own folders (configuration, data, log) for this test, from a fresh copy of standalone/. */
    private final Path base = work.resolve("wildfly-base");

    private final String app = "http://localhost:" + HTTP_PORT + "/";
    private final String management = "http://localhost:" + MANAGEMENT_PORT + "/";

    private Path data;
    private Optional<EarDatabase.Postgres> postgres = Optional.empty();

    @ParameterizedTest
    @EnumSource(EarDatabase.class)
    void theEarDeploysOnWildFlyAndAMemberSignsInAndWrites(EarDatabase database) throws Exception {
        long started = System.nanoTime();
        assertTrue(Files.isRegularFile(ear), "build the EAR first: " + ear);
        if (database == EarDatabase.POSTGRESQL) {
            postgres = Optional.of(EarDatabase.freshPostgres("learningsets_ear_wildfly"));
        }
        Files.createDirectories(work);
        freshServerBase();
        // Owner-only (createTempDirectory makes it rwx------), as the application requires of its data directory.
        data = Files.createTempDirectory(work, "wildfly-data-");
        run(List.of(script("jboss-cli.sh").toString(), "--file=" + cli), "configure");
        Process server = start();
        try {
            ServerProcesses.waitUntil(management + "health/ready", 200, Duration.ofMinutes(2), server);
            long up = System.nanoTime();
            cliCommand("deploy " + ear + " --name=" + DEPLOYMENT);
            long deployed = System.nanoTime();

            HttpResponse<String> ready = FacesForms.get(HttpClient.newHttpClient(), management + "health/ready");
            assertEquals(200, ready.statusCode(), ready.body());
            // WildFly 38 finds no MicroProfile Health checks in an EAR's EJB module (measured): it reports the
            // deployment itself, which is UP only once start-up (migrations, demo data) has finished.
            assertTrue(
                    ready.body().contains("\"learningsets.ear\":\"OK\""), "the deployment is ready: " + ready.body());
            assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());

            MemberJourney journey = new MemberJourney(app, "WildFly");
            journey.beforeTheRedeploy();

            MemberJourney.figuresReachTheOperator(
                    management + "prometheus",
                    work.resolve("wildfly-prometheus.txt"),
                    "learningsets_signin_failed_total",
                    "learningsets_home_seconds");

            // An upgrade as docs/install-wildfly.md does it: the old deployment stops (shutting embedded Derby down,
            // else the new one meets a locked database, XSDB6), the new one starts on the same data.
            cliCommand("deploy " + ear + " --name=" + DEPLOYMENT + " --force");
            journey.entryIsStillThere();
            long checked = System.nanoTime();

            cliCommand("undeploy " + DEPLOYMENT + ",:shutdown");
            assertTrue(server.waitFor(1, TimeUnit.MINUTES), "the server stops within a minute");
            assertEquals(0, server.exitValue(), "a clean stop");
            String serverLog = Files.readString(base.resolve("log/server.log"));
            assertTrue(
                    serverLog.contains("The application's figures are published through Micrometer."),
                    "the figures' way out is named in the log");
            if (postgres.isPresent()) {
                assertTrue(
                        serverLog.contains("Database " + postgres.get().url() + " as "
                                + postgres.get().user() + " is at schema version"),
                        "start-up used PostgreSQL");
                assertFalse(Files.exists(data.resolve("derby")), "no Derby database in the data directory");
            } else {
                assertTrue(serverLog.contains("Derby database shut down cleanly."), "Derby shut down on undeploy");
                assertFalse(serverLog.contains("XSDB6"), "no locked database on redeploy");
            }
            System.out.printf(
                    "WildFlyEarIT on %s: server up %d s, deployed %d s, checks and redeploy %d s, stopped %d s;"
                            + " total %d s%n",
                    database,
                    seconds(started, up),
                    seconds(up, deployed),
                    seconds(deployed, checked),
                    seconds(checked, System.nanoTime()),
                    seconds(started, System.nanoTime()));
        } finally {
            ServerProcesses.stopIfRunning(server);
            Path log = base.resolve("log/server.log");
            if (Files.isRegularFile(log)) {
                Files.copy(
                        log,
                        work.resolve("wildfly-server-" + database.name().toLowerCase() + ".log"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * A copy of the distribution's standalone/ folder, so that every run configures an untouched full profile; the
     * previous run's server folder and data directories go.
     */
    private void freshServerBase() throws IOException {
        ServerProcesses.deleteTree(base);
        ServerProcesses.deleteEarlier(work, "wildfly-data-");
        Path standalone = home.resolve("standalone");
        try (Stream<Path> files = Files.walk(standalone)) {
            for (Path p : files.toList()) {
                Path target = base.resolve(standalone.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private Process start() throws IOException {
        List<String> command = List.of(
                script("standalone.sh").toString(),
                "-c",
                "standalone-full.xml",
                "--stability=community",
                "-Djboss.socket.binding.port-offset=" + PORT_OFFSET);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("wildfly-console.log").toFile());
        environment(builder);
        return builder.start();
    }

    /** One or more CLI commands (separated by commas) against the running server. */
    private void cliCommand(String command) throws IOException, InterruptedException {
        run(
                List.of(
                        script("jboss-cli.sh").toString(),
                        "--connect",
                        "--controller=localhost:" + MANAGEMENT_PORT,
                        "--commands=" + command),
                command.split(" ")[0]);
    }

    /** Runs a command of the distribution's with the server's environment; it must succeed within five minutes. */
    private void run(List<String> command, String name) throws IOException, InterruptedException {
        Path log = work.resolve("wildfly-" + name + "-" + System.nanoTime() + ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        environment(builder);
        Process process = builder.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " took too long");
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + Files.readString(log));
    }

    /** The test's Java, this test's server folders, and the application's settings as IT staff give them. */
    private void environment(ProcessBuilder builder) {
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JBOSS_HOME", home.toString());
        env.put("JAVA_OPTS", "-Xms256m -Xmx1g -Djboss.server.base.dir=" + base);
        env.put("LEARNINGSETS_DEMO", "true");
        env.put("LEARNINGSETS_DATA_DIR", data.toAbsolutePath().toString());
        postgres.ifPresent(pg -> {
            env.put("LEARNINGSETS_DB_URL", pg.url());
            env.put("LEARNINGSETS_DB_USER", pg.user());
            env.put("LEARNINGSETS_DB_PASSWORD", pg.password());
        });
    }

    private Path script(String name) {
        Path script = home.resolve("bin").resolve(name);
        script.toFile().setExecutable(true);
        return script;
    }
}
