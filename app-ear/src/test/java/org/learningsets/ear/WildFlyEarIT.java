package org.learningsets.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The EAR where IT staff deploy it on WildFly 38 (unpacked by the build from Maven Central), configured as
 * docs/install-wildfly.md says: ops/wildfly/learningsets.cli run by jboss-cli in embed mode on standalone-full.xml,
 * the application's settings in the server's environment, embedded Derby in an owner-only data directory. Then
 * health is UP with the application's own check, a demo member signs in through the form and sees her set, a
 * learning-log entry is saved by a form post and read back after a redeploy, a member of another set is refused
 * Set A's page, the application's figures reach the Prometheus endpoint; the server is stopped afterwards whatever
 * happened.
 */
class WildFlyEarIT {

    /** Ports 8080 + offset (HTTP) and 9990 + offset (management), apart from Payara's test (28080, 28048). */
    private static final int PORT_OFFSET = 21000;

    private static final int HTTP_PORT = 8080 + PORT_OFFSET;
    private static final int MANAGEMENT_PORT = 9990 + PORT_OFFSET;
    private static final String DEPLOYMENT = "learningsets.ear";
    private static final Pattern SET_LINK =
            Pattern.compile("href=\"(/sets/set\\.xhtml\\?id=[^\"&]+)[^\"]*\"[^>]*>Set A<");

    private final Path home = Path.of(System.getProperty("wildfly.home"));
    private final Path cli = Path.of(System.getProperty("wildfly.cli"));
    private final Path ear = Path.of(System.getProperty("app.ear"));
    private final Path work = Path.of(System.getProperty("it.work.dir"));
    /** The server's own folders (configuration, data, log) for this test, from a fresh copy of standalone/. */
    private final Path base = work.resolve("wildfly-base");

    private final String app = "http://localhost:" + HTTP_PORT + "/";
    private final String management = "http://localhost:" + MANAGEMENT_PORT + "/";

    @Test
    void theEarDeploysOnWildFlyAndAMemberSignsInAndWrites() throws Exception {
        long started = System.nanoTime();
        assertTrue(Files.isRegularFile(ear), "build the EAR first: " + ear);
        Files.createDirectories(work);
        freshServerBase();
        // Owner-only (createTempDirectory makes it rwx------), as the application requires of its data directory.
        Path data = Files.createTempDirectory(work, "wildfly-data-");
        run(List.of(script("jboss-cli.sh").toString(), "--file=" + cli), data, "configure");
        Process server = start(data);
        try {
            waitUntil(management + "health/ready", 200, Duration.ofMinutes(2), server);
            long up = System.nanoTime();
            deploy(data);
            long deployed = System.nanoTime();

            HttpResponse<String> ready = FacesForms.get(HttpClient.newHttpClient(), management + "health/ready");
            assertEquals(200, ready.statusCode(), ready.body());
            // WildFly 38 finds no MicroProfile Health checks in an EAR's EJB module (measured): it reports the
            // deployment itself, which is UP only once start-up (migrations, demo data) has finished.
            assertTrue(
                    ready.body().contains("\"learningsets.ear\":\"OK\""), "the deployment is ready: " + ready.body());
            assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());

            HttpClient amira = client();
            HttpResponse<String> signInPage = FacesForms.get(amira, app + "login.xhtml");
            assertTrue(
                    signInPage.body().contains("id=\"signIn\""),
                    "the sign-in form for someone not signed in:\n" + signInPage.body());
            assertTrue(
                    signInPage.headers().allValues("Set-Cookie").stream()
                            .filter(c -> c.startsWith("JSESSIONID="))
                            .allMatch(c -> c.contains("SameSite=Lax")),
                    "the session cookie with SameSite (web.xml): "
                            + signInPage.headers().allValues("Set-Cookie"));
            HttpResponse<String> homePage =
                    FacesForms.signIn(amira, app, "amira.khan@example.org", "demo-learning-sets");
            assertEquals(200, homePage.statusCode());
            assertTrue(homePage.body().contains("Welcome, Amira Khan"), homePage.body());
            assertTrue(homePage.body().contains("Set A"), "her set, from the database");
            Matcher setA = SET_LINK.matcher(homePage.body());
            assertTrue(setA.find(), "a link to Set A's page:\n" + homePage.body());

            String reflection = "Reflection written on WildFly " + System.nanoTime();
            HttpResponse<String> saved = FacesForms.post(
                    amira,
                    app + "learning/log.xhtml",
                    "entry",
                    Map.of(
                            "entry:meeting",
                            "",
                            "entry:learned",
                            reflection,
                            "entry:differently",
                            "",
                            "entry:save",
                            ""));
            assertEquals(200, saved.statusCode(), saved.body());
            assertTrue(saved.body().contains(reflection), "the entry in her log:\n" + saved.body());

            HttpClient grace = client();
            FacesForms.signIn(grace, app, "grace.thompson@example.org", "demo-learning-sets");
            HttpResponse<String> refused =
                    FacesForms.get(grace, app + setA.group(1).substring(1).replace("&amp;", "&"));
            assertTrue(
                    refused.statusCode() == 403 || refused.body().contains("You cannot open this"),
                    "a member of Set B on Set A's page: " + refused.statusCode() + "\n" + refused.body());
            assertFalse(refused.body().contains("Amira Khan"), "nothing of Set A shown");

            FacesForms.signIn(client(), app, "nobody@example.org", "not-the-password");
            HttpResponse<String> figures = FacesForms.get(HttpClient.newHttpClient(), management + "prometheus");
            assertEquals(200, figures.statusCode());
            Files.writeString(work.resolve("wildfly-prometheus.txt"), figures.body());
            assertTrue(figures.body().contains("learningsets_signin_failed_total"), "failed sign-ins are counted");
            assertTrue(figures.body().contains("learningsets_home_seconds"), "home page time is measured");

            // An upgrade as docs/install-wildfly.md does it: the old deployment stops (shutting embedded Derby down,
            // else the new one meets a locked database, XSDB6), the new one starts on the same data.
            cliCommand("deploy " + ear + " --name=" + DEPLOYMENT + " --force", data);
            HttpClient again = client();
            FacesForms.signIn(again, app, "amira.khan@example.org", "demo-learning-sets");
            HttpResponse<String> log = FacesForms.get(again, app + "learning/log.xhtml");
            assertTrue(log.body().contains(reflection), "the entry after a redeploy:\n" + log.body());
            long checked = System.nanoTime();

            cliCommand("undeploy " + DEPLOYMENT + ",:shutdown", data);
            assertTrue(server.waitFor(1, TimeUnit.MINUTES), "the server stops within a minute");
            assertEquals(0, server.exitValue(), "a clean stop");
            String serverLog = Files.readString(base.resolve("log/server.log"));
            assertTrue(serverLog.contains("Derby database shut down cleanly."), "Derby shut down on undeploy");
            assertTrue(
                    serverLog.contains("The application's figures are published through Micrometer."),
                    "the figures' way out is named in the log");
            assertFalse(serverLog.contains("XSDB6"), "no locked database on redeploy");
            System.out.printf(
                    "WildFlyEarIT: server up %d s, deployed %d s, checks and redeploy %d s, stopped %d s; total %d s%n",
                    seconds(started, up),
                    seconds(up, deployed),
                    seconds(deployed, checked),
                    seconds(checked, System.nanoTime()),
                    seconds(started, System.nanoTime()));
        } finally {
            stopIfRunning(server);
            Path log = base.resolve("log/server.log");
            if (Files.isRegularFile(log)) {
                Files.copy(log, work.resolve("wildfly-server.log"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    private static long seconds(long from, long to) {
        return TimeUnit.NANOSECONDS.toSeconds(to - from);
    }

    /**
     * A copy of the distribution's standalone/ folder, so that every run configures an untouched full profile; the
     * previous run's server folder and data directories go.
     */
    private void freshServerBase() throws IOException {
        deleteTree(base);
        try (Stream<Path> previous = Files.list(work)) {
            for (Path p : previous.filter(p -> p.getFileName().toString().startsWith("wildfly-data-"))
                    .toList()) {
                deleteTree(p);
            }
        }
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

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> old = Files.walk(root)) {
                for (Path p : old.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private Process start(Path data) throws IOException {
        List<String> command = List.of(
                script("standalone.sh").toString(),
                "-c",
                "standalone-full.xml",
                "--stability=community",
                "-Djboss.socket.binding.port-offset=" + PORT_OFFSET);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("wildfly-console.log").toFile());
        environment(builder, data);
        return builder.start();
    }

    private void deploy(Path data) throws IOException, InterruptedException {
        cliCommand("deploy " + ear + " --name=" + DEPLOYMENT, data);
    }

    /** One or more CLI commands (separated by commas) against the running server. */
    private void cliCommand(String command, Path data) throws IOException, InterruptedException {
        run(
                List.of(
                        script("jboss-cli.sh").toString(),
                        "--connect",
                        "--controller=localhost:" + MANAGEMENT_PORT,
                        "--commands=" + command),
                data,
                command.split(" ")[0]);
    }

    /** Runs a command of the distribution's with the server's environment; it must succeed within five minutes. */
    private void run(List<String> command, Path data, String name) throws IOException, InterruptedException {
        Path log = work.resolve("wildfly-" + name + "-" + System.nanoTime() + ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        environment(builder, data);
        Process process = builder.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " took too long");
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + Files.readString(log));
    }

    /** The test's Java, this test's server folders, and the application's settings as IT staff give them. */
    private void environment(ProcessBuilder builder, Path data) {
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JBOSS_HOME", home.toString());
        env.put("JAVA_OPTS", "-Xms256m -Xmx1g -Djboss.server.base.dir=" + base);
        env.put("LEARNINGSETS_DEMO", "true");
        env.put("LEARNINGSETS_DATA_DIR", data.toAbsolutePath().toString());
    }

    private Path script(String name) {
        Path script = home.resolve("bin").resolve(name);
        script.toFile().setExecutable(true);
        return script;
    }

    /** Polls until the address answers with the status, or fails when the server has exited or the time is up. */
    private static void waitUntil(String url, int status, Duration limit, Process server)
            throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            assertTrue(server.isAlive(), "the server exited with " + (server.isAlive() ? "" : server.exitValue()));
            try {
                last = http.send(
                                HttpRequest.newBuilder(URI.create(url))
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (last == status) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            server.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError(url + " did not answer " + status + " within " + limit + " (last: " + last + ")");
    }

    /** After a failure: the server and the JVM the start script launched, so nothing outlives the test. */
    private static void stopIfRunning(Process server) throws InterruptedException {
        if (!server.isAlive()) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(server.descendants().toList());
        all.add(server.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : all) {
            p.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> p).join();
        }
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
