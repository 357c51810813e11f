package org.learningsets.web.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.learningsets.web.it.support.Browser;
import org.learningsets.web.it.support.DemoLogins;
import org.learningsets.web.it.support.FacesHttpClient;
import org.learningsets.web.it.support.FakeSmtpServer;
import org.learningsets.web.it.support.MicroProcess;
import org.learningsets.web.it.support.NginxProcess;
import org.learningsets.web.it.support.SelfSignedCertificate;
import org.learningsets.web.it.support.TwoNodeChecks;

/**
 * docs/two-nodes.md, end to end: two Payara Micro nodes on this host share one PostgreSQL database and key file and
 * form a data grid with each other only (TCP/IP member list, bound to the loopback interface), behind nginx with the
 * repo's ops/nginx/learningsets-two-nodes.conf (TLS with a throw-away certificate), and a mail server of the test's.
 * First, against each node's own port (TwoNodeChecks): a data-key rotation on node 1 is used by node 2 at once; a
 * live-meeting change made through node 1 reaches a screen on node 2 within 2 s (and the live page's websocket
 * opens through nginx); the retention purge, due every minute
 * here, runs on one node per minute. Then failover: the programme lead signs in through nginx and fills in the first
 * step of the set-up wizard on the node that holds the session; that node is stopped; the next press of Next goes to
 * the other node, which finds the session in the data grid: still signed in, the wizard's earlier answers (held by a
 * @ViewScoped bean in the Faces view state) are there, and the programme is created. A member following a live
 * meeting in a browser through nginx, his session on the stopped node, carries on too: his screen's websocket
 * reconnects to the other node and shows a change made there before it could catch up, then the change after it.
 * Which node answered is read from a header this test's copy of the proxy configuration adds. Last, with the stopped
 * node started again: the node sending an invitation is killed mid-send, and the other sends it; every invitation
 * arrives exactly once.
 *
 * <p>Runs in the postgresql profile's Failsafe run (it needs the LEARNINGSETS_DB_URL that run sets, and the
 * LEARNINGSETS_TEST_PG_ADMIN_* superuser to make a database of its own) and needs Debian's nginx.
 */
class ClusterFailoverIT {

    private static final String WIZARD = "programmes/new.xhtml";
    private static final Pattern GRID_MEMBER = Pattern.compile("Address: /([0-9.]+:[0-9]+)");

    private final Path ops = Path.of(System.getProperty("ops.dir", "../ops"));

    @Test
    void aSignedInPersonCarriesOnWhenTheirNodeStops() throws Exception {
        Optional<Path> nginx = NginxProcess.program();
        assumeTrue(nginx.isPresent(), "needs Debian's nginx (apt-get install nginx-light; .ci/run installs it)");
        String sharedUrl = System.getenv("LEARNINGSETS_DB_URL");
        assumeTrue(
                sharedUrl != null && sharedUrl.startsWith("jdbc:postgresql:"),
                "runs in the postgresql profile's Failsafe run (with LEARNINGSETS_TEST_PG_* set), on PostgreSQL");
        Instant began = Instant.now();

        Path work = Files.createDirectories(Path.of(System.getProperty("it.work.dir", "target/it"), "cluster"));
        String database = sharedUrl + "_cluster"; // jdbc:postgresql://host:port/name, as .ci/postgres prints it
        recreate(sharedUrl, database);
        int grid1 = MicroProcess.freePort();
        int grid2 = MicroProcess.freePort();
        String members = "127.0.0.1:" + grid1 + ",127.0.0.1:" + grid2;
        FakeSmtpServer smtp = FakeSmtpServer.start(true);
        Map<String, String> settings = Map.of(
                "LEARNINGSETS_DEMO",
                "true",
                "LEARNINGSETS_KEY_FILE",
                Files.createDirectories(work.resolve("shared-key")) + "/learningsets.key",
                "LEARNINGSETS_DB_URL",
                database,
                "LEARNINGSETS_DB_USER",
                System.getenv("LEARNINGSETS_DB_USER"),
                "LEARNINGSETS_DB_PASSWORD",
                System.getenv("LEARNINGSETS_DB_PASSWORD"),
                "LEARNINGSETS_SESSION_PERSISTENCE",
                "hazelcast",
                "LEARNINGSETS_SMTP_HOST",
                "127.0.0.1",
                "LEARNINGSETS_SMTP_PORT",
                Integer.toString(smtp.port()),
                "LEARNINGSETS_SMTP_STARTTLS",
                "false",
                "LEARNINGSETS_RETENTION_AT",
                "*:*");
        TwoNodeChecks checks = new TwoNodeChecks(database);
        MicroProcess restarted = null;
        Browser follower = null;
        Browser facilitator = null;
        // One node at a time: the first migrates the empty database and loads the demo data, the second finds it.
        try (smtp;
                MicroProcess first = node("node-1", grid1, members, settings, work);
                MicroProcess second = node("node-2", grid2, members, settings, work)) {
            Instant bothUp = Instant.now();
            String grid = lastGridStatus(second.log());
            assertEquals(
                    Set.of("127.0.0.1:" + grid1, "127.0.0.1:" + grid2),
                    gridMembers(grid),
                    "a data grid of exactly the two configured members:\n" + grid);
            gridPortIsClosedToTheNetwork(grid1);

            checks.aKeyRotationOnOneNodeIsInForceOnTheOtherAtOnce(first, second);
            checks.aLiveChangeThroughOneNodeReachesAScreenOnTheOther(first, second);
            checks.theRetentionPurgeRunsOncePerPeriodAcrossTheNodes(first, second, bothUp);

            SelfSignedCertificate certificate = SelfSignedCertificate.create(work.resolve("tls"));
            int https = MicroProcess.freePort();
            try (NginxProcess proxy = NginxProcess.start(
                    nginx.get(), work.resolve("nginx"), site(https, first.port, second.port, certificate))) {
                String base = "https://localhost:" + https + "/";
                awaitReady(proxy, base, certificate);
                checks.theLivePagesWebsocketOpensThroughTheProxy(base, certificate.trustingIt());
                FacesHttpClient lead = new FacesHttpClient(base, certificate.trustingIt());

                HttpResponse<String> home = lead.signIn(DemoLogins.ADMIN, DemoLogins.PASSWORD);
                assertTrue(
                        home.uri().getPath().endsWith("/index.xhtml")
                                && home.body().contains("Welcome, Morgan Ellis"),
                        home.uri() + "\n" + home.body());
                int held = node(home);
                MicroProcess nodeA = held == first.port ? first : second;
                MicroProcess nodeB = nodeA == first ? second : first;

                HttpResponse<String> step1 = lead.get(WIZARD);
                assertStep("1 of 6: Programme", step1, nodeA);
                String name = "Failover programme " + System.nanoTime();
                HttpResponse<String> step2 = lead.submit(
                        step1, WIZARD, form("wizard:next", "wizard:name", name, "wizard:sponsor", "Failover Trust"));
                assertStep("2 of 6: Meetings", step2, nodeA);
                follower = checks.aFollowerThroughTheProxyOn(nodeA, base);
                facilitator = checks.aFacilitatorOn(nodeB);

                Instant stopping = Instant.now();
                nodeA.close();
                Instant stopped = Instant.now();
                HttpResponse<String> step3 = lead.submit(
                        step2,
                        WIZARD,
                        form(
                                "wizard:next",
                                "wizard:start",
                                "2027-09-01",
                                "wizard:end",
                                "2028-06-30",
                                "wizard:cadence",
                                "MONTHLY_WEEKDAY",
                                "wizard:weekday",
                                "TUESDAY",
                                "wizard:weekOfMonth",
                                "2",
                                "wizard:weeksBetween",
                                "4",
                                "wizard:startTime",
                                "14:00",
                                "wizard:minutes",
                                "180",
                                "wizard:mode",
                                "VIRTUAL"));
                Instant answered = Instant.now();
                // Still signed in (no sign-in page) and the view restored there (no expired-page message).
                assertStep("3 of 6: Sets", step3, nodeB);
                // Before the follower's screen can have caught up (it waits 1.5 s or more after its socket drops).
                Instant marked = checks.theFacilitatorMarksTheFollowerPresent(facilitator);

                HttpResponse<String> step4 = lead.submit(
                        step3,
                        WIZARD,
                        form(
                                "wizard:next",
                                "wizard:minSize",
                                "5",
                                "wizard:maxSize",
                                "8",
                                "wizard:minimumMeetings",
                                "6"));
                assertStep("4 of 6: Themes", step4, nodeB);
                HttpResponse<String> step5 = lead.submit(
                        step4, WIZARD, form("wizard:next", "wizard:themes", "Working across organisations"));
                assertStep("5 of 6: Evaluation", step5, nodeB);
                HttpResponse<String> review = lead.submit(
                        step5,
                        WIZARD,
                        form("wizard:next", "wizard:scheduleEvaluation_input", "on", "wizard:opensOn", "2028-06-01"));
                assertStep("6 of 6: Review", review, nodeB);
                assertTrue(
                        review.body().contains(name + ", for Failover Trust"),
                        "the answers given on the stopped node are in the review:\n" + review.body());

                HttpResponse<String> created = lead.submit(review, WIZARD, form("wizard:create"));
                assertTrue(
                        created.uri().getPath().endsWith("/programmes/programme.xhtml")
                                && created.body().contains(name + " is set up"),
                        created.uri() + "\n" + created.body());
                assertEquals(nodeB.port, node(created));
                assertEquals(1, programmesNamed(database, name), "created once, in the shared database");

                checks.aFollowersScreenCarriesOnWhenItsNodeStops(follower, facilitator, marked, nodeB);

                System.out.printf(
                        "ClusterFailoverIT: node A stopped (SIGTERM until exit) in %d ms; node B answered "
                                + "the next request %d ms after node A was gone (%d ms after the stop began)%n",
                        Duration.between(stopping, stopped).toMillis(),
                        Duration.between(stopped, answered).toMillis(),
                        Duration.between(stopping, answered).toMillis());

                restarted = node(
                        nodeA == first ? "node-1" : "node-2", nodeA == first ? grid1 : grid2, members, settings, work);
                checks.theOutboxSendsEachMessageOnceWhenTheSendingNodeDies(
                        smtp, nodeB, List.of(nodeB, restarted), work);
                System.out.printf(
                        "ClusterFailoverIT: whole test %d s%n",
                        Duration.between(began, Instant.now()).toSeconds());
            }
        } finally {
            if (follower != null) {
                follower.close();
            }
            if (facilitator != null) {
                facilitator.close();
            }
            if (restarted != null) {
                restarted.close();
            }
            drop(sharedUrl, database);
        }
    }

    /** A node as README "Running two nodes" starts it, on this host, with its data grid port and the members. */
    private MicroProcess node(String name, int gridPort, String members, Map<String, String> settings, Path work)
            throws IOException {
        Map<String, String> environment = new LinkedHashMap<>(settings);
        environment.put("LEARNINGSETS_DATA_DIR", work.resolve(name + "-data").toString());
        return MicroProcess.startClustered(
                "cluster-" + name,
                environment,
                List.of("-Dhazelcast.socket.bind.any=false"),
                List.of(
                        "--name",
                        name,
                        "--clustername",
                        "learningsets-it-" + ProcessHandle.current().pid(),
                        "--clustermode",
                        "tcpip:" + members,
                        "--startport",
                        Integer.toString(gridPort),
                        "--interfaces",
                        "127.0.0.1",
                        "--prebootcommandfile",
                        ops.resolve("payara-micro-behind-proxy.asadmin").toString()));
    }

    /** The repo's two-node site, pointed at this run's ports and certificate; it also names the node that answered. */
    private String site(int https, int node1, int node2, SelfSignedCertificate certificate) throws IOException {
        String site = Files.readString(ops.resolve("nginx/learningsets-two-nodes.conf"));
        site = replace(site, "learningsets.example.org", "localhost");
        site = replace(site, "listen 443 ssl http2;", "listen 127.0.0.1:" + https + " ssl http2;");
        site = replace(site, "listen 80;", "listen 127.0.0.1:" + MicroProcess.freePort() + ";");
        site = replace(site, "server 127.0.0.1:8080 ", "server 127.0.0.1:" + node1 + " ");
        site = replace(site, "server 127.0.0.1:8081 ", "server 127.0.0.1:" + node2 + " ");
        site = replace(site, "/etc/ssl/certs/localhost.pem", certificate.certificate.toString());
        site = replace(site, "/etc/ssl/private/localhost.key", certificate.privateKey.toString());
        site = replace(
                site,
                "/etc/nginx/learningsets-proxy-headers.conf",
                ops.resolve("nginx/learningsets-proxy-headers.conf")
                        .toAbsolutePath()
                        .toString());
        String hsts = "add_header Strict-Transport-Security \"max-age=31536000\" always;";
        return replace(site, hsts, hsts + "\n    add_header X-Upstream $upstream_addr always;");
    }

    private static String replace(String text, String from, String to) {
        assertTrue(text.contains(from), "ops/nginx/learningsets-two-nodes.conf has no \"" + from + "\"");
        return text.replace(from, to);
    }

    private static void awaitReady(NginxProcess proxy, String base, SelfSignedCertificate certificate)
            throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .sslContext(certificate.trustingIt())
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            assertTrue(proxy.isAlive(), "nginx stopped:\n" + proxy.errors());
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(base + "health/ready"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // nginx is still starting
            }
            Thread.sleep(100); // between polls of the condition
        }
        throw new AssertionError("nginx did not answer within 30 s:\n" + proxy.errors());
    }

    /** The node (its HTTP port) that answered: the last upstream nginx tried for the response. */
    private static int node(HttpResponse<String> response) {
        String upstreams = response.headers()
                .firstValue("X-Upstream")
                .orElseThrow(() -> new AssertionError("no X-Upstream header: " + response.headers()));
        return Integer.parseInt(
                upstreams.substring(upstreams.lastIndexOf(':') + 1).strip());
    }

    private static void assertStep(String step, HttpResponse<String> page, MicroProcess answeredBy) {
        assertTrue(
                page.uri().getPath().endsWith("/" + WIZARD) && page.body().contains("Step " + step),
                "expected step " + step + " at " + page.uri() + ":\n" + page.body());
        assertEquals(answeredBy.port, node(page), "the node that answered step " + step);
    }

    private static Map<String, String> form(String button, String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("wizard", "wizard");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        fields.put(button, "");
        return fields;
    }

    /** The data grid's members as the node last logged them. */
    private static String lastGridStatus(String log) {
        int start = log.lastIndexOf("Data Grid Status");
        assertTrue(start >= 0, "the node logged no data grid status");
        return log.substring(start, log.indexOf("}]]", start));
    }

    private static Set<String> gridMembers(String status) {
        Matcher member = GRID_MEMBER.matcher(status);
        return member.results().map(m -> m.group(1)).collect(Collectors.toSet());
    }

    /** Bound to the loopback interface only: from this host's network address the port refuses connections. */
    private static void gridPortIsClosedToTheNetwork(int port) throws IOException {
        Optional<InetAddress> network = NetworkInterface.networkInterfaces()
                .filter(ClusterFailoverIT::isUpAndNotLoopback)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address)
                .findFirst();
        if (network.isEmpty()) {
            return; // a host with no network address: nothing else could reach the port anyway
        }
        assertThrows(
                IOException.class,
                () -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(network.get(), port), 2000);
                    }
                },
                "the data grid port " + port + " answers on " + network.get());
    }

    private static boolean isUpAndNotLoopback(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (IOException e) {
            return false;
        }
    }

    private static Connection asAdministrator(String url) throws SQLException {
        return DriverManager.getConnection(
                url,
                System.getenv("LEARNINGSETS_TEST_PG_ADMIN_USER"),
                System.getenv("LEARNINGSETS_TEST_PG_ADMIN_PASSWORD"));
    }

    /** An empty database of this test's own, owned by the application's role: demo data of its own, untouched. */
    private static void recreate(String sharedUrl, String database) throws SQLException {
        String name = database.substring(database.lastIndexOf('/') + 1);
        try (Connection admin = asAdministrator(sharedUrl);
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + name + " OWNER " + System.getenv("LEARNINGSETS_DB_USER"));
        }
    }

    private static void drop(String sharedUrl, String database) throws SQLException {
        try (Connection admin = asAdministrator(sharedUrl);
                Statement sql = admin.createStatement()) {
            sql.execute(
                    "DROP DATABASE IF EXISTS " + database.substring(database.lastIndexOf('/') + 1) + " WITH (FORCE)");
        }
    }

    private static int programmesNamed(String database, String name) throws SQLException {
        try (Connection connection = asAdministrator(database);
                PreparedStatement query =
                        connection.prepareStatement("select count(*) from programme where name = ?")) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
