package org.learningsets.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The EAR where IT staff deploy it: Payara Server 6 Full (unpacked by the build from Maven Central), a fresh
 * domain with a JDBC resource of its own ({@code jdbc/learningsets}, named to the application by
 * LEARNINGSETS_DB_JNDI), {@code asadmin deploy app-ear.ear}, then a demo member signs in over HTTP and gets their
 * home page, and health answers at the root; undeployed and stopped afterwards whatever happened.
 */
class PayaraServerEarIT {

    private static final String DOMAIN = "learningsets-it";
    /** Ports from this base: admin 28048, HTTP 28080 (so a server on 4848/8080 is not disturbed). */
    private static final int PORT_BASE = 28000;

    private static final String JDBC_RESOURCE = "jdbc/learningsets";

    private final Path home = Path.of(System.getProperty("payara.home"));
    private final Path ear = Path.of(System.getProperty("app.ear"));
    private final Path work = Path.of(System.getProperty("it.work.dir"));

    @Test
    void theEarDeploysOnPayaraServerAndAMemberSignsIn() throws Exception {
        assertTrue(Files.isRegularFile(ear), "build the EAR first: " + ear);
        try (ZipFile zip = new ZipFile(ear.toFile())) {
            assertTrue(
                    zip.stream().noneMatch(entry -> entry.getName().contains("app-scale")),
                    "the data generator ships in the demo and benchmark WAR only");
        }
        Files.createDirectories(work);
        // Owner-only, as the application requires of its data directory (it refuses one others can open).
        Path data = work.resolve("ear-data");
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        Path serverDatabase =
                Files.createTempDirectory(work, "ear-server-database-").resolve("db");
        asadmin("create-domain", "--nopassword=true", "--portbase", String.valueOf(PORT_BASE), DOMAIN);
        try {
            copyDerbyIntoTheDomain();
            asadmin("start-domain", DOMAIN);
            try {
                String admin = String.valueOf(PORT_BASE + 48);
                // The server's own pool and resource, as IT staff would set them up (here embedded Derby).
                asadmin(
                        "--port",
                        admin,
                        "create-jdbc-connection-pool",
                        "--restype",
                        "javax.sql.DataSource",
                        "--datasourceclassname",
                        "org.apache.derby.jdbc.EmbeddedDataSource",
                        "--property",
                        "databaseName=" + serverDatabase.toAbsolutePath() + ":createDatabase=create",
                        "learningsets-pool");
                asadmin(
                        "--port",
                        admin,
                        "create-jdbc-resource",
                        "--connectionpoolid",
                        "learningsets-pool",
                        JDBC_RESOURCE);
                asadmin("--port", admin, "deploy", "--name", "learningsets", ear.toString());
                String base = "http://localhost:" + (PORT_BASE + 80) + "/";
                HttpClient http = HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build();
                HttpResponse<String> home =
                        FacesForms.signIn(http, base, "amira.khan@example.org", "demo-learning-sets");
                assertEquals(200, home.statusCode());
                assertTrue(home.body().contains("Welcome, Amira Khan"), home.body());
                assertTrue(home.body().contains("Set A"), "her set, from the database on the server");
                HttpResponse<String> ready = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(base + "health/ready"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                assertEquals(200, ready.statusCode(), "readiness beside the application at /: " + ready.body());
                // Payara Server 6.2025.9 lists no application checks here ({"status":"UP","checks":[]}); the
                // application's own readiness check is tested on Payara Micro (RestartAndBootstrapIT).
                assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());
                assertTrue(
                        Files.isRegularFile(serverDatabase.resolve("service.properties")),
                        "the data lives in the server's JDBC resource");
                assertTrue(Files.notExists(data.resolve("derby")), "the application's own Derby was never opened");
                String log = Files.readString(
                        this.home.resolve("glassfish/domains").resolve(DOMAIN).resolve("logs/server.log"));
                assertTrue(
                        log.contains("Database the server's JDBC resource " + JDBC_RESOURCE + " is at schema"),
                        "start-up used the server's resource, not the application's own Derby");
                asadmin("--port", admin, "undeploy", "learningsets");
            } finally {
                asadmin("stop-domain", DOMAIN);
            }
        } finally {
            keepTheServerLog();
            asadmin("delete-domain", DOMAIN);
        }
    }

    /** The domain goes when the test ends; its log stays beside the test's other files for whoever reads a failure. */
    private void keepTheServerLog() throws IOException {
        Path log = home.resolve("glassfish/domains").resolve(DOMAIN).resolve("logs/server.log");
        if (Files.isRegularFile(log)) {
            Files.copy(log, work.resolve("payara-server.log"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A JDBC pool's driver lives in the domain's lib folder; the Derby jars come from the EAR itself. */
    private void copyDerbyIntoTheDomain() throws IOException {
        Path lib = home.resolve("glassfish/domains").resolve(DOMAIN).resolve("lib");
        Files.createDirectories(lib);
        try (ZipFile zip = new ZipFile(ear.toFile())) {
            for (String jar : List.of("derby.jar", "derbyshared.jar", "derbytools.jar")) {
                ZipEntry entry = zip.getEntry("lib/" + jar);
                assertTrue(entry != null, jar + " in the EAR");
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, lib.resolve(jar), StandardCopyOption.REPLACE_EXISTING);
                }
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
        builder.environment()
                .put(
                        "LEARNINGSETS_DATA_DIR",
                        work.resolve("ear-data").toAbsolutePath().toString());
        builder.environment().put("LEARNINGSETS_DB_JNDI", JDBC_RESOURCE);
        home.resolve("bin/asadmin").toFile().setExecutable(true);
        Process process = builder.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "asadmin " + String.join(" ", args) + " took too long");
        assertEquals(
                0, process.exitValue(), "asadmin " + String.join(" ", args) + " failed:\n" + Files.readString(log));
    }
}
