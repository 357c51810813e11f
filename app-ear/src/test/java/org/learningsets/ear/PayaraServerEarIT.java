package org.learningsets.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningsets.ear.ServerProcesses.seconds;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The EAR where IT staff deploy it: Payara Server 6 Full (unpacked by the build from Maven Central), a fresh domain,
 * {@code asadmin deploy}, as docs/install-payara-server.md says. On embedded Derby the application opens the database
 * in its data directory itself; on PostgreSQL the domain has a JDBC pool and resource of its own (the driver from the
 * EAR in the domain's lib/), named to the application by LEARNINGSETS_DB_JNDI. On each: health is UP at the root, the
 * member's journey ({@link MemberJourney}) with a redeploy in the middle, the application's figures at /metrics;
 * undeployed, stopped and deleted afterwards whatever happened.
 */
class PayaraServerEarIT {

    private static final String DOMAIN = "learningsets-it";
    /** Ports from this base: admin 28048, HTTP 28080 (so a server on 4848/8080 is not disturbed). */
    private static final int PORT_BASE = 28000;

    private static final String ADMIN_PORT = String.valueOf(PORT_BASE + 48);
    private static final String JDBC_RESOURCE = "jdbc/learningsets";

    private final Path home = Path.of(System.getProperty("payara.home"));
    private final Path ear = Path.of(System.getProperty("app.ear"));
    private final Path work = Path.of(System.getProperty("it.work.dir"));
    private final String app = "http://localhost:" + (PORT_BASE + 80) + "/";

    private Path data;
    private Optional<EarDatabase.Postgres> postgres = Optional.empty();

    @ParameterizedTest
    @EnumSource(EarDatabase.class)
    void theEarDeploysOnPayaraServerAndAMemberSignsInAndWrites(EarDatabase database) throws Exception {
        long started = System.nanoTime();
        assertTrue(Files.isRegularFile(ear), "build the EAR first: " + ear);
        try (ZipFile zip = new ZipFile(ear.toFile())) {
            assertTrue(
                    zip.stream().noneMatch(entry -> entry.getName().contains("app-scale")),
                    "the data generator ships in the demo and benchmark WAR only");
        }
        if (database == EarDatabase.POSTGRESQL) {
            postgres = Optional.of(EarDatabase.freshPostgres("learningsets_ear_payara"));
        }
        Files.createDirectories(work);
        ServerProcesses.deleteEarlier(work, "payara-data-");
        // Owner-only (createTempDirectory makes it rwx------), as the application requires of its data directory.
        data = Files.createTempDirectory(work, "payara-data-");
        asadmin("create-domain", "--nopassword=true", "--portbase", String.valueOf(PORT_BASE), DOMAIN);
        try {
            if (postgres.isPresent()) {
                copyIntoTheDomain("postgresql.jar");
            }
            asadmin("start-domain", DOMAIN);
            try {
                if (postgres.isPresent()) {
                    createJdbcResource(postgres.get());
                }
                asadmin("--port", ADMIN_PORT, "deploy", "--name", "learningsets", ear.toString());
                long deployed = System.nanoTime();

                HttpResponse<String> ready = FacesForms.get(HttpClient.newHttpClient(), app + "health/ready");
                assertEquals(200, ready.statusCode(), "readiness beside the application at /: " + ready.body());
                // Payara Server 6.2025.9 lists no application checks here ({"status":"UP","checks":[]}); the
                // application's own readiness check is tested on Payara Micro (RestartAndBootstrapIT).
                assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());

                MemberJourney journey = new MemberJourney(app, "Payara Server");
                journey.beforeTheRedeploy();

                MemberJourney.figuresReachTheOperator(
                        app + "metrics", work.resolve("payara-metrics.txt"), "learningsets_signin_failed_total");

                // An upgrade as docs/install-payara-server.md does it: undeploy (Derby shut down, else the new
                // version meets a locked database, XSDB6), deploy the new EAR on the same data.
                asadmin("--port", ADMIN_PORT, "undeploy", "learningsets");
                asadmin("--port", ADMIN_PORT, "deploy", "--name", "learningsets", ear.toString());
                journey.entryIsStillThere();
                long checked = System.nanoTime();

                asadmin("--port", ADMIN_PORT, "undeploy", "learningsets");
                String log = Files.readString(
                        home.resolve("glassfish/domains").resolve(DOMAIN).resolve("logs/server.log"));
                if (postgres.isPresent()) {
                    assertTrue(
                            log.contains("Database the server's JDBC resource " + JDBC_RESOURCE + " is at schema"),
                            "start-up used the server's resource");
                    assertFalse(Files.exists(data.resolve("derby")), "the application's own Derby was never opened");
                } else {
                    assertTrue(log.contains("Derby database shut down cleanly."), "Derby shut down on undeploy");
                    assertFalse(log.contains("XSDB6"), "no locked database on redeploy");
                }
                System.out.printf(
                        "PayaraServerEarIT on %s: domain up and deployed %d s, checks and redeploy %d s; total %d s%n",
                        database,
                        seconds(started, deployed),
                        seconds(deployed, checked),
                        seconds(started, System.nanoTime()));
            } finally {
                asadmin("stop-domain", DOMAIN);
            }
        } finally {
            keepTheServerLog(database);
            asadmin("delete-domain", DOMAIN);
        }
    }

    /** The server's own pool and resource on PostgreSQL, as docs/install-payara-server.md gives the commands. */
    private void createJdbcResource(EarDatabase.Postgres pg) throws IOException, InterruptedException {
        asadmin(
                "--port",
                ADMIN_PORT,
                "create-jdbc-connection-pool",
                "--restype",
                "javax.sql.DataSource",
                "--datasourceclassname",
                "org.postgresql.ds.PGSimpleDataSource",
                "--property",
                "serverName=" + pg.host() + ":portNumber=" + pg.port() + ":databaseName=" + pg.database() + ":user="
                        + pg.user() + ":password=" + pg.password(),
                "learningsets-pool");
        asadmin("--port", ADMIN_PORT, "create-jdbc-resource", "--connectionpoolid", "learningsets-pool", JDBC_RESOURCE);
    }

    /** The domain goes when the test ends; its log stays beside the test's other files for whoever reads a failure. */
    private void keepTheServerLog(EarDatabase database) throws IOException {
        Path log = home.resolve("glassfish/domains").resolve(DOMAIN).resolve("logs/server.log");
        if (Files.isRegularFile(log)) {
            Files.copy(
                    log,
                    work.resolve("payara-server-" + database.name().toLowerCase() + ".log"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A JDBC pool's driver lives in the domain's lib folder; the jar comes from the EAR itself. */
    private void copyIntoTheDomain(String jar) throws IOException {
        Path lib = home.resolve("glassfish/domains").resolve(DOMAIN).resolve("lib");
        Files.createDirectories(lib);
        try (ZipFile zip = new ZipFile(ear.toFile())) {
            ZipEntry entry = zip.getEntry("lib/" + jar);
            assertTrue(entry != null, jar + " in the EAR");
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, lib.resolve(jar), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Runs asadmin with the test's Java and the application's settings in the environment the server inherits. */
    private void asadmin(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/asadmin").toString());
        command.addAll(List.of(args));
        Path log = work.resolve(
                "asadmin-" + args[args.length - 1].replaceAll("\\W", "_") + "-" + System.nanoTime() + ".log");
        Files.createDirectories(work);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("AS_JAVA", System.getProperty("java.home"));
        builder.environment().put("LEARNINGSETS_DEMO", "true");
        builder.environment().put("LEARNINGSETS_DATA_DIR", data.toAbsolutePath().toString());
        if (postgres.isPresent()) {
            builder.environment().put("LEARNINGSETS_DB_JNDI", JDBC_RESOURCE);
        }
        home.resolve("bin/asadmin").toFile().setExecutable(true);
        Process process = builder.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "asadmin " + String.join(" ", args) + " took too long");
        assertEquals(
                0, process.exitValue(), "asadmin " + String.join(" ", args) + " failed:\n" + Files.readString(log));
    }
}
