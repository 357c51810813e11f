package org.learningsets.web.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import org.learningsets.model.confidentiality.TextCipher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * What ClusterFailoverIT checks of the two nodes besides failover, each against the nodes' own ports (not through
 * nginx), so the test chooses which node does what: a key rotation on one node is in force on the other at once, a
 * live-meeting change made through one node reaches a screen on the other within 2 s, the retention purge runs once
 * per period across the two, and the shared outbox sends every message exactly once when the node sending one dies.
 * Demo people: the lead, Amira Khan (learning log), Andy Mitchell and Harry Wilson (Set B's second meeting, live).
 */
public final class TwoNodeChecks {

    private static final Pattern PRIMARY_KEY = Pattern.compile("id=\"primaryKey\">([0-9a-f]{8})<");
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String DEMO_PROGRAMME = "Ambulatory Emergency Care Network: Action Learning";
    private static final String ANDY = "andy.mitchell@example.org";
    private static final String HARRY = "harry.wilson@example.org";

    private final String database;

    public TwoNodeChecks(String database) {
        this.database = database;
    }

    /**
     * The lead rotates the data key on node 1; Amira's next entry, written through node 2 straight after, is stored
     * under the new key, and node 1 reads it and her earlier entry (re-encrypted by the rotation).
     */
    public void aKeyRotationOnOneNodeIsInForceOnTheOtherAtOnce(MicroProcess node1, MicroProcess node2)
            throws Exception {
        String before = "Before the rotation " + UUID.randomUUID();
        String after = "After the rotation " + UUID.randomUUID();
        FacesHttpClient amiraOn2 = new FacesHttpClient(node2.base());
        amiraOn2.signIn(DemoLogins.MEMBER, DemoLogins.PASSWORD);
        writeLearningLog(amiraOn2, before);
        String oldKey = keyOf(newestEntryOf(DemoLogins.MEMBER));

        FacesHttpClient leadOn1 = new FacesHttpClient(node1.base());
        leadOn1.signIn(DemoLogins.ADMIN, DemoLogins.PASSWORD);
        HttpResponse<String> keys = leadOn1.get("admin/keys.xhtml");
        assertTrue(keys.body().contains(">" + oldKey + "<"), "the page names the key in use: " + oldKey);
        HttpResponse<String> asked =
                leadOn1.submit(keys, "admin/keys.xhtml", Map.of("rotate", "rotate", "rotate:ask", ""));
        HttpResponse<String> rotated =
                leadOn1.submit(asked, "admin/keys.xhtml", Map.of("rotate", "rotate", "rotate:confirm", ""));
        Matcher primary = PRIMARY_KEY.matcher(rotated.body());
        assertTrue(primary.find() && rotated.body().contains("is in use on every server"), rotated.body());
        String newKey = primary.group(1);
        assertFalse(newKey.equals(oldKey));

        Instant rotatedAt = Instant.now();
        writeLearningLog(amiraOn2, after);
        long millis = Duration.between(rotatedAt, Instant.now()).toMillis();
        assertEquals(newKey, keyOf(newestEntryOf(DemoLogins.MEMBER)), "node 2 wrote with node 1's new key");
        FacesHttpClient amiraOn1 = new FacesHttpClient(node1.base());
        amiraOn1.signIn(DemoLogins.MEMBER, DemoLogins.PASSWORD);
        String log = amiraOn1.get("learning/log.xhtml").body();
        assertTrue(log.contains(after) && log.contains(before), "node 1 reads what node 2 wrote, before and after");
        assertEquals(1, count("select count(*) from key_change where kind = 'ROTATED'"));
        System.out.printf(
                "ClusterFailoverIT: key %s rotated to %s on node 1; the entry node 2 saved (and showed) "
                        + "within %d ms of node 1's answer is under %s%n",
                oldKey, newKey, millis, newKey);
    }

    private static final Pattern LIVE_LINK = Pattern.compile("meetings/live\\.xhtml\\?id=[0-9a-fA-F-]{36}");
    /** The channel OmniFaces' socket script opens, under omnifaces.push/ of the application. */
    private static final Pattern PUSH_CHANNEL =
            Pattern.compile("OmniFaces\\.Push\\.init\\('[^']*','(liveMeeting\\?[^']+)'");

    /**
     * Through the proxy, a member's live page opens its websocket (Faces push) as the browser would: the proxy passes
     * the handshake on as a websocket (a proxy that drops the Upgrade header gets 404 from the node).
     */
    public void theLivePagesWebsocketOpensThroughTheProxy(String proxyBase, SSLContext trust) throws Exception {
        FacesHttpClient harry = new FacesHttpClient(proxyBase, trust);
        HttpResponse<String> home = harry.signIn(HARRY, DemoLogins.PASSWORD);
        Matcher live = LIVE_LINK.matcher(home.body());
        assertTrue(live.find(), "Harry's home page links his set's live meeting:\n" + home.body());
        HttpResponse<String> page = harry.get(live.group());
        Matcher push = PUSH_CHANNEL.matcher(page.body());
        assertTrue(push.find(), "the live page opens a websocket:\n" + page.body());
        WebSocket socket = harry.webSocket("omnifaces.push/" + push.group(1), new WebSocket.Listener() {});
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(10, TimeUnit.SECONDS);
        System.out.printf(
                "ClusterFailoverIT: the live page's websocket opened through nginx (%s)%n",
                "omnifaces.push/" + push.group(1).substring(0, push.group(1).indexOf('?')));
    }

    /** Andy starts Set B's meeting through node 1; Harry's screen, connected to node 2, shows it within 2 s. */
    public void aLiveChangeThroughOneNodeReachesAScreenOnTheOther(MicroProcess node1, MicroProcess node2)
            throws Exception {
        try (Browser andy = Browser.signedIn(new URL(node1.base()), ANDY, null);
                Browser harry = Browser.signedIn(new URL(node2.base()), HARRY, null)) {
            andy.find("a[href*='meetings/live']").click();
            andy.waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("main h1"), "Live: Set B, meeting 2"));
            String path = andy.driver().getCurrentUrl().substring(node1.base().length());
            harry.open(node2.base() + path);
            assertTrue(harry.find("#waiting").getText().contains("has not been started"));
            harry.waitFor()
                    .until(d -> Boolean.TRUE.equals(
                            ((JavascriptExecutor) d).executeScript("return document.readyState === 'complete'")));

            // Before the meeting's day the page asks first; the change reaches the set when Andy confirms.
            andy.startLiveMeeting();
            Instant changed = Instant.now();
            harry.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("checkInHeading")));
            long millis = Duration.between(changed, Instant.now()).toMillis();
            System.out.printf(
                    "ClusterFailoverIT: the meeting started through node 1 showed on node 2's screen "
                            + "%d ms after node 1 answered%n",
                    millis);
            assertTrue(millis <= 2000, "reached the screen on node 2 in " + millis + " ms");
            assertTrue(harry.find("#runBy").getText().contains("Andy Mitchell"));
        }
    }

    /**
     * Harry, in a browser through the proxy, follows Set B's live meeting (started by
     * aLiveChangeThroughOneNodeReachesAScreenOnTheOther) with his session on {@code node}. The proxy sends a session to
     * the node its cookie hashes to, so he signs in afresh (a new session each time) until it is that one.
     */
    public Browser aFollowerThroughTheProxyOn(MicroProcess node, String proxyBase) throws Exception {
        for (int attempt = 1; attempt <= 12; attempt++) {
            Browser harry = Browser.signedIn(new URL(proxyBase), HARRY, null);
            if (answeringNode(harry) == node.port) {
                harry.find("a[href*='meetings/live']").click();
                harry.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("checkInHeading")));
                ((JavascriptExecutor) harry.driver()).executeScript("window.sameLoadOfThePage = true;");
                return harry;
            }
            harry.close();
        }
        throw new AssertionError("twelve sign-ins through the proxy, none sent to port " + node.port);
    }

    /** Andy Mitchell, signed in on {@code node} itself (not through the proxy), on the meeting's check-in. */
    public Browser aFacilitatorOn(MicroProcess node) throws Exception {
        Browser andy = Browser.signedIn(new URL(node.base()), ANDY, null);
        andy.find("a[href*='meetings/live']").click();
        andy.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("checkInHeading")));
        return andy;
    }

    /**
     * Harry's node has just stopped: Andy, on the other node, marks Harry present at once, before Harry's screen can
     * have caught up there, so that the node reads Harry's page for the first time with the change in it.
     */
    public Instant theFacilitatorMarksTheFollowerPresent(Browser andy) {
        andy.pressByKeyboard("button[aria-label='Harry Wilson is here']");
        return Instant.now();
    }

    /**
     * Harry's screen's websocket reconnects through the proxy to the other node, which takes his session over from the
     * data grid; the page reads the meeting again there and shows Harry present, without having loaded the page
     * again. Then Andy marks Grace Thompson present, and Harry's screen shows that too, told through the reconnected
     * socket.
     */
    public void aFollowersScreenCarriesOnWhenItsNodeStops(
            Browser harry, Browser andy, Instant marked, MicroProcess survivor) {
        harry.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(checkInRow("Harry Wilson"), "Present"));
        long millis = Duration.between(marked, Instant.now()).toMillis();
        assertEquals(survivor.port, answeringNode(harry), "Harry's session is on the node that is left");
        assertEquals(
                Boolean.TRUE,
                ((JavascriptExecutor) harry.driver()).executeScript("return window.sameLoadOfThePage === true;"),
                "the screen caught up by reading the meeting again, without loading the page again");
        andy.pressByKeyboard("button[aria-label='Grace Thompson is here']");
        Instant graceMarked = Instant.now();
        harry.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(checkInRow("Grace Thompson"), "Present"));
        System.out.printf(
                "ClusterFailoverIT: after Harry's node stopped, his screen (through nginx) showed a change made on the "
                        + "other node %d ms after that node answered, and the next one %d ms after it was answered%n",
                millis, Duration.between(graceMarked, Instant.now()).toMillis());
    }

    private static By checkInRow(String name) {
        return By.xpath("//table[@id='checkInTable']//tr[th[normalize-space()='" + name + "']]");
    }

    /** The node (its HTTP port) the proxy sends this browser's session to, from the header the test's proxy adds. */
    private static int answeringNode(Browser browser) {
        Object upstream = ((JavascriptExecutor) browser.driver())
                .executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "fetch(window.location.href, {cache: 'no-store'}).then("
                        + "function (r) { done(r.headers.get('X-Upstream')); }, function (e) { done(String(e)); });");
        String upstreams = String.valueOf(upstream);
        return Integer.parseInt(
                upstreams.substring(upstreams.lastIndexOf(':') + 1).strip());
    }

    /**
     * Both nodes' timers fire every minute (LEARNINGSETS_RETENTION_AT=*:*); for a minute after both were up, exactly
     * one of them ran the purge and the other logged that it was taken.
     */
    public void theRetentionPurgeRunsOncePerPeriodAcrossTheNodes(MicroProcess node1, MicroProcess node2, Instant bothUp)
            throws Exception {
        String firstFull = LocalDateTime.ofInstant(bothUp, java.time.ZoneId.systemDefault())
                .truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(1)
                .format(PERIOD);
        Instant deadline = Instant.now().plusSeconds(150);
        String period = null;
        while (period == null && Instant.now().isBefore(deadline)) {
            for (String p : periods()) {
                if (p.compareTo(firstFull) >= 0
                        && ranOn(node1, p) + ranOn(node2, p) == 1
                        && takenOn(node1, p) + takenOn(node2, p) == 1) {
                    period = p;
                }
            }
            Thread.sleep(500); // between polls of the condition (a timer fires once a minute)
        }
        assertTrue(
                period != null,
                "a minute after both nodes were up, one node ran the purge and the other " + "logged it taken; runs: "
                        + periods());
        assertEquals(1, count("select count(*) from job_run where job = 'retention' and period = '" + period + "'"));
        System.out.printf(
                "ClusterFailoverIT: retention run %s ran on node %d only%n", period, ranOn(node1, period) == 1 ? 1 : 2);
    }

    /**
     * The lead imports three people through {@code importVia}; the mail server holds back the first invitation, the
     * node sending it is killed (SIGKILL) mid-send, and the other node takes its claim over once its heartbeat stops:
     * every invitation reaches the mail server exactly once.
     */
    public MicroProcess theOutboxSendsEachMessageOnceWhenTheSendingNodeDies(
            FakeSmtpServer smtp, MicroProcess importVia, List<MicroProcess> nodes, Path work) throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        List<String> emails =
                List.of("first." + u + "@example.org", "second." + u + "@example.org", "third." + u + "@example.org");
        Path file = work.resolve("invite-" + u + ".csv");
        Files.writeString(
                file,
                "Full name,Email,Organisation\n"
                        + emails.stream()
                                .map(e -> "Person " + e.substring(0, e.indexOf('.')) + "," + e + ",Cluster Trust")
                                .collect(Collectors.joining("\n"))
                        + "\n");
        try (Browser lead = Browser.signedIn(new URL(importVia.base()), DemoLogins.ADMIN, null)) {
            lead.open(importVia.base() + "programmes/import.xhtml");
            new Select(lead.find("select[id='uploadForm:programme']")).selectByVisibleText(DEMO_PROGRAMME);
            lead.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(file.toString());
            lead.press("button[id='uploadForm:preview']");
            lead.press("button[id='previewForm:confirm']");
            assertTrue(
                    lead.find("#resultCounts").getText().contains("3 new people with accounts; 3 invitations"),
                    lead.find("#resultCounts").getText());
        }
        assertTrue(smtp.awaitHeld(120), "the first invitation reached the mail server");
        String claimer = single("select n.name from outbox_mail m join cluster_node n on n.id = m.claimed_by "
                + "where m.state = 'SENDING'");
        long pid = Long.parseLong(claimer.substring(0, claimer.indexOf('@')));
        MicroProcess sender = nodes.stream()
                .filter(n -> n.pid() == pid)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no node with pid " + pid));
        Instant killed = Instant.now();
        sender.kill();

        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)
                && (smtp.accepted().size() < 3
                        || count("select count(*) from outbox_mail where state <> 'SENT'") > 0)) {
            Thread.sleep(500); // between polls of the condition (the other node's sender runs every 15 s)
        }
        List<String> delivered = new ArrayList<>();
        smtp.accepted().forEach(m -> delivered.addAll(m.recipients()));
        Set<String> expected = new TreeSet<>();
        emails.forEach(e -> expected.add("<" + e + ">"));
        assertEquals(expected, new TreeSet<>(delivered), "every invitation delivered");
        assertEquals(3, delivered.size(), "none twice: " + delivered);
        assertEquals(0, count("select count(*) from outbox_mail where state <> 'SENT'"), "all recorded as sent");
        Map<String, Long> byMessageId = new LinkedHashMap<>();
        smtp.accepted().forEach(m -> byMessageId.merge(messageId(m.text()), 1L, Long::sum));
        assertEquals(3, byMessageId.size(), byMessageId.toString());
        System.out.printf(
                "ClusterFailoverIT: the node sending an invitation was killed mid-send; the other node "
                        + "sent it %d ms later; 3 invitations, each delivered once%n",
                Duration.between(killed, Instant.now()).toMillis());
        return sender;
    }

    private static void writeLearningLog(FacesHttpClient member, String text) throws Exception {
        HttpResponse<String> saved = member.submit(
                member.get("learning/log.xhtml"),
                "learning/log.xhtml",
                Map.of("entry", "entry", "entry:learned", text, "entry:save", ""));
        assertFalse(saved.body().contains("This page has expired"), saved.body());
        assertTrue(member.get("learning/log.xhtml").body().contains(text), "saved: " + text);
    }

    private String newestEntryOf(String email) throws SQLException {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement("select e.what_i_learned from "
                        + "learning_log_entry e join person p on p.id = e.author_id where p.email = ? "
                        + "order by e.written_at desc")) {
            s.setString(1, email);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }

    private static String keyOf(String stored) {
        return TextCipher.keyIdOf(stored);
    }

    private List<String> periods() throws SQLException {
        List<String> periods = new ArrayList<>();
        try (Connection c = connect();
                PreparedStatement s =
                        c.prepareStatement("select period from job_run where job = 'retention' order by period");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                periods.add(r.getString(1));
            }
        }
        return periods;
    }

    private static int ranOn(MicroProcess node, String period) throws Exception {
        return node.log().contains("Retention run " + period + ": run on this node") ? 1 : 0;
    }

    private static int takenOn(MicroProcess node, String period) throws Exception {
        return node.log().contains("Retention run " + period + ": taken by another node") ? 1 : 0;
    }

    private static String messageId(String text) {
        Matcher id = Pattern.compile("(?im)^Message-ID:\\s*(\\S+)").matcher(text);
        return id.find() ? id.group(1) : "(none)";
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private String single(String sql) throws SQLException {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            assertTrue(r.next(), "a row for " + sql);
            return r.getString(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(
                database,
                System.getenv("LEARNINGSETS_TEST_PG_ADMIN_USER"),
                System.getenv("LEARNINGSETS_TEST_PG_ADMIN_PASSWORD"));
    }
}
