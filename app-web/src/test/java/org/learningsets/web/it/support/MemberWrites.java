package org.learningsets.web.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amira Khan's writes over HTTP as she makes them in the pages (FacesHttpClient), each with what its answer said,
 * and where to read them back: the fault tests' writes (FaultInjectionIT, PostgresOperationsIT).
 */
public final class MemberWrites {

    private static final Pattern SET_LINK = Pattern.compile("sets/set\\.xhtml\\?id=([0-9a-f-]{36})");
    private static final Pattern PREPARE_LINK = Pattern.compile("meetings/prepare\\.xhtml\\?id=([0-9a-f-]{36})");
    private static final String LOG_SAVED = "Your reflection is saved in your learning log";
    private static final String BID_SAVED = "is on the draft agenda";
    /** Amira's demo learning log entry, there before any fault. */
    public static final String DEMO_ENTRY =
            "Being asked what I had already tried showed me I had only tried one thing.";

    /** One write over HTTP and what its answer said. */
    public enum Outcome {
        ACKNOWLEDGED,
        REFUSED,
        NO_ANSWER
    }

    public record Write(String kind, String token, Outcome outcome, int status, String page) {}

    private MemberWrites() {}

    public static FacesHttpClient signedIn(MicroProcess micro) throws Exception {
        FacesHttpClient client = new FacesHttpClient(micro.base());
        HttpResponse<String> home = client.signIn(DemoLogins.MEMBER, DemoLogins.PASSWORD);
        assertTrue(home.uri().getPath().endsWith("/index.xhtml"), "signed in: " + home.uri());
        return client;
    }

    /** Amira's next meeting of Set A that takes bids (its prepare page has the bid form). */
    public static String meetingOpenForBids(FacesHttpClient amira) throws Exception {
        Matcher set = SET_LINK.matcher(amira.get("sets/mine.xhtml").body());
        assertTrue(set.find(), "Amira's set");
        Matcher prepare = PREPARE_LINK.matcher(
                amira.get("sets/set.xhtml?id=" + set.group(1)).body());
        while (prepare.find()) {
            if (amira.get("meetings/prepare.xhtml?id=" + prepare.group(1))
                    .body()
                    .contains("bid:submitBid")) {
                return prepare.group(1);
            }
        }
        throw new AssertionError("no meeting of Amira's set takes bids");
    }

    /** A learning log entry with both questions answered: one row, two encrypted columns. */
    public static Write logEntry(FacesHttpClient amira, String token) {
        return attempt(
                "entry",
                token,
                LOG_SAVED,
                () -> amira.submit(
                        "learning/log.xhtml",
                        "entry",
                        Map.of("meeting", "", "learned", "Learned " + token, "differently", "Differently " + token),
                        "save"));
    }

    /** A bid for time on a new issue: the issue and the bid are written in one transaction. */
    public static Write bid(FacesHttpClient amira, String meetingId, String token) {
        return attempt(
                "bid",
                token,
                BID_SAVED,
                () -> amira.submit(
                        "meetings/prepare.xhtml?id=" + meetingId,
                        "bid",
                        Map.of("issueChoice", "new", "title", token, "narrative", "Raised in a burst", "minutes", "10"),
                        "submitBid"));
    }

    private interface Post {
        HttpResponse<String> send() throws Exception;
    }

    private static Write attempt(String kind, String token, String success, Post post) {
        try {
            HttpResponse<String> page = post.send();
            boolean ok = page.statusCode() == 200 && page.body().contains(success);
            return new Write(kind, token, ok ? Outcome.ACKNOWLEDGED : Outcome.REFUSED, page.statusCode(), page.body());
        } catch (IOException e) {
            return new Write(kind, token, Outcome.NO_ANSWER, 0, e.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean stored(Write w, String myData, String bidsPage) {
        return "bid".equals(w.kind())
                ? myData.contains("\"title\":\"" + w.token() + "\"") && bidsPage.contains(">" + w.token() + "<")
                : myData.contains("Learned " + w.token()) && myData.contains("Differently " + w.token());
    }

    /** The member's data download (My data): everything she wrote, as JSON, here without the spaces after names. */
    public static String myData(FacesHttpClient client) throws Exception {
        HttpResponse<String> download = client.submit("my-data.xhtml", "downloadForm", Map.of(), "download");
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").contains("json"), download.body());
        return download.body().replaceAll("\"\\s*:\\s*", "\":");
    }
}
