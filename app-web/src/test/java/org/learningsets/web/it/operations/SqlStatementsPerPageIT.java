package org.learningsets.web.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learningsets.ejb.scale.ScaleLogins;
import org.learningsets.web.it.container.SqlStatementCounter;
import org.learningsets.web.it.support.DemoLogins;
import org.learningsets.web.it.support.Deployments;
import org.learningsets.web.it.support.FacesHttpClient;
import org.learningsets.web.it.support.MicroProcess;

/**
 * No page reads more rows one statement at a time as the data grows (no N+1): the number of SQL statements behind
 * each main page is the same on the small demo data and after the generator has added a large data set, for the
 * same people, and is the same for generated people who have more sets, larger sets and programmes with many sets.
 * <p>
 * Its own Payara Micro (like an Arquillian class, one start): the built WAR plus the test-only
 * {@link SqlStatementCounter}, which reports each request's statement count in a response header, and a data
 * directory of its own, so the generated data never reaches the database the in-container tests share. The
 * generator runs through the administrator's page, as a programme lead would start it.
 * <p>
 * Each page is requested twice and the second render counted: the first request of a page in a session does
 * one-off work that later requests do not repeat (Faces builds the view, the session's first look-ups), which is
 * not what grows with data. EclipseLink's shared cache is off in this application (persistence.xml,
 * shared-cache-mode NONE), so no statement is hidden by an entity cached from an earlier request; within one request
 * the persistence context still answers a lazy load of an entity already read, which is why a page that touches
 * the same programme for several sets issues one statement, and one per programme touched when they differ.
 */
class SqlStatementsPerPageIT {

    /** 3 programmes, 100 sets, 750 people, 1,200 meetings, 10,000 actions: a few seconds to generate. */
    private static final String SCALE = "0.05";

    private static final String DEMO_PROGRAMME = "Ambulatory Emergency Care Network: Action Learning";
    private static final String GENERATED_PROGRAMME = "North East Clinical Leadership Sets 01";
    private static final Pattern SET_LINK = Pattern.compile("sets/set\\.xhtml\\?id=([0-9a-f-]{36})");
    private static final Pattern DASHBOARD_LINK = Pattern.compile("dashboard/set\\.xhtml\\?id=([0-9a-f-]{36})");
    private static final Pattern LIVE_LINK = Pattern.compile("meetings/live\\.xhtml\\?id=([0-9a-f-]{36})");
    private static final Pattern PROGRAMME_LINK =
            Pattern.compile("programmes/programme\\.xhtml\\?id=([0-9a-f-]{36})\"[^>]*>([^<]+)<");

    private static MicroProcess micro;

    @BeforeAll
    static void start() throws IOException {
        Path work = Path.of(System.getProperty("it.work.dir", "target/it"));
        Files.createDirectories(work);
        Path war = work.resolve("app-web-counting-sql.war");
        Deployments.benchWar()
                .addClass(SqlStatementCounter.class)
                .as(ZipExporter.class)
                .exportTo(war.toFile(), true);
        Path data = Files.createTempDirectory(work, "sql-count-data-");
        micro = MicroProcess.start(
                "sql-count",
                Map.of(
                        "LEARNINGSETS_DEMO",
                        "true",
                        "LEARNINGSETS_DATA_DIR",
                        data.toString(),
                        // The generated leads are not demo accounts; this counts statements, not sign-in steps.
                        "LEARNINGSETS_SECOND_FACTOR_REQUIRED_ROLES",
                        "none"),
                "/app-web",
                war);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (micro != null) {
            micro.close();
        }
    }

    @Test
    void pagesRunTheSameNumberOfStatementsOnSmallAndLargeData() throws Exception {
        Map<String, Integer> small = demoPeoplesPages();

        Duration took = generate();
        Map<String, Integer> large = demoPeoplesPages();
        Map<String, Integer> generated = generatedPeoplesPages();

        List<String> differences = new ArrayList<>();
        small.forEach((page, count) -> {
            if (!count.equals(large.get(page))) {
                differences.add(page + ": " + count + " on the demo data, " + large.get(page) + " after generating");
            }
        });
        generated.forEach((page, count) -> {
            if (!count.equals(small.get(page))) {
                differences.add(page + ": " + small.get(page) + " for the demo person, " + count
                        + " for the generated person with more data");
            }
        });
        assertTrue(
                differences.isEmpty(),
                "Statement counts grew with the data (generated at scale " + SCALE + " in "
                        + took.toSeconds() + " s):\n" + String.join("\n", differences) + "\nall: small " + small
                        + "\nlarge " + large + "\ngenerated " + generated);
        assertTrue(small.values().stream().allMatch(c -> c > 0), "every page was counted: " + small);
        System.out.println("SQL statements per page (second render), demo data and after generating at scale " + SCALE
                + " (" + took.toSeconds() + " s): " + small);
    }

    private static Map<String, Integer> demoPeoplesPages() throws Exception {
        return pages(DemoLogins.MEMBER, DemoLogins.FACILITATOR, DemoLogins.ADMIN, DemoLogins.PASSWORD, DEMO_PROGRAMME);
    }

    /**
     * The first generated member is in a set of each of three programmes (Amira Khan: one), the first generated
     * facilitator holds five sets in three programmes (Carolyn Robertson: one), their sets have eight or nine
     * members (demo: six), and the generated programme has 34 sets (demo: two).
     */
    private static Map<String, Integer> generatedPeoplesPages() throws Exception {
        return pages(
                ScaleLogins.member(0),
                ScaleLogins.facilitator(0),
                ScaleLogins.lead(0),
                ScaleLogins.PASSWORD,
                GENERATED_PROGRAMME);
    }

    /** Each main page of a member, a facilitator and a programme lead, with its statement count. */
    private static Map<String, Integer> pages(
            String member, String facilitator, String lead, String password, String programme) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        FacesHttpClient m = signedIn(member, password);
        counts.put("member home", statements(m, "index.xhtml"));
        counts.put("my sets", statements(m, "sets/mine.xhtml"));
        counts.put("a set page", statements(m, "sets/set.xhtml?id=" + first(SET_LINK, m.get("sets/mine.xhtml"))));

        FacesHttpClient f = signedIn(facilitator, password);
        counts.put("my dashboards", statements(f, "dashboard/mine.xhtml"));
        String setId = first(DASHBOARD_LINK, f.get("dashboard/mine.xhtml"));
        counts.put("a set's dashboard", statements(f, "dashboard/set.xhtml?id=" + setId));
        // The read every screen of a live meeting makes at each change (here as the page opens, the same read).
        counts.put(
                "the live page of a set's next meeting",
                statements(f, "meetings/live.xhtml?id=" + first(LIVE_LINK, f.get("sets/set.xhtml?id=" + setId))));

        FacesHttpClient l = signedIn(lead, password);
        counts.put("programme lead home (programmes)", statements(l, "index.xhtml"));
        String programmeId = programmeId(l, programme);
        counts.put("programme page", statements(l, "programmes/programme.xhtml?id=" + programmeId));
        counts.put("sponsor report", statements(l, "programmes/report.xhtml?id=" + programmeId));
        return counts;
    }

    private static FacesHttpClient signedIn(String email, String password) throws Exception {
        FacesHttpClient client = new FacesHttpClient(micro.base());
        HttpResponse<String> home = client.signIn(email, password);
        assertTrue(home.uri().getPath().endsWith("/index.xhtml"), email + " signed in: " + home.uri());
        return client;
    }

    /** The second render's count (see the class comment for why not the first). */
    private static int statements(FacesHttpClient client, String path) throws Exception {
        client.get(path);
        HttpResponse<String> page = client.get(path);
        assertEquals(200, page.statusCode(), path);
        assertTrue(page.uri().toString().endsWith(path), path + " was shown, not " + page.uri());
        return Integer.parseInt(page.headers()
                .firstValue(SqlStatementCounter.HEADER)
                .orElseThrow(() -> new AssertionError("no statement count on " + path)));
    }

    private static String first(Pattern link, HttpResponse<String> page) {
        Matcher found = link.matcher(page.body());
        assertTrue(found.find(), "a link " + link + " on " + page.uri());
        return found.group(1);
    }

    private static String programmeId(FacesHttpClient lead, String programme) throws Exception {
        Matcher links = PROGRAMME_LINK.matcher(lead.get("index.xhtml").body());
        while (links.find()) {
            if (links.group(2).strip().equals(programme)) {
                return links.group(1);
            }
        }
        throw new AssertionError("no link to the page of " + programme);
    }

    /**
     * The programme lead generates through the administrator's page and watches the progress until it finishes;
     * a second generation is refused.
     */
    private static Duration generate() throws Exception {
        FacesHttpClient lead = signedIn(DemoLogins.ADMIN, DemoLogins.PASSWORD);
        HttpResponse<String> started =
                lead.submit("admin/generate.xhtml", "generateForm", Map.of("scale", SCALE), "start");
        assertTrue(started.body().contains("has started"), started.body());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        String page = started.body();
        while (!page.contains("Finished: generated at scale")) {
            assertTrue(Instant.now().isBefore(deadline), "generation finished in time:\n" + page);
            assertTrue(!page.contains("Stopped at"), "generation failed:\n" + page);
            Thread.sleep(500); // between looks at the progress, as the page's own poll does every 2 s
            page = lead.get("admin/generate.xhtml").body();
        }
        Matcher seconds = Pattern.compile("in (\\d+) seconds").matcher(page);
        assertTrue(seconds.find(), page);

        HttpResponse<String> again =
                lead.submit("admin/generate.xhtml", "generateForm", Map.of("scale", SCALE), "start");
        assertTrue(again.body().contains("so nothing was generated"), again.body());
        return Duration.ofSeconds(Long.parseLong(seconds.group(1)));
    }
}
