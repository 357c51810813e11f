package org.learningsets.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a deployment must let people do on every server, the same checks for each: a demo member signs in through
 * the form and sees her set, writes in her learning log with a form post, and a member of another set is refused her
 * set's page; a member's live meeting page opens its websocket; after a redeploy the entry is still there. Over plain
 * HTTP, as a browser would post the forms.
 */
final class MemberJourney {

    private static final String PASSWORD = "demo-learning-sets";
    private static final Pattern LIVE_LINK = Pattern.compile("meetings/live\\.xhtml\\?id=[0-9a-fA-F-]{36}");
    private static final Pattern SOCKET_CHANNEL =
            Pattern.compile("OmniFaces\\.Push\\.init\\('[^']*','(liveMeeting\\?[^']+)'");
    private static final Pattern SET_LINK =
            Pattern.compile("href=\"(/sets/set\\.xhtml\\?id=[^\"&]+)[^\"]*\"[^>]*>Set A<");

    private final String app;
    private final String reflection;
    private String setPage;

    /** @param app the application's address with a trailing slash */
    MemberJourney(String app, String server) {
        this.app = app;
        this.reflection = "Reflection written on " + server + " " + System.nanoTime();
    }

    /**
     * Everything before the redeploy, in order: the signed-in session's cookie, Amira's entry, Grace refused, and a
     * wrong password for the figures to count.
     */
    void beforeTheRedeploy() throws Exception {
        signInGivesASameSiteSessionCookie();
        memberSignsInAndWritesInHerLog();
        memberOfAnotherSetIsRefused();
        someoneGuessesAPassword();
        theLivePagesWebsocketOpens();
    }

    /** The application's figures where the operator reads them (Prometheus text), kept in {@code copy} to read later. */
    static void figuresReachTheOperator(String url, Path copy, String... figures)
            throws IOException, InterruptedException {
        HttpResponse<String> text = FacesForms.get(HttpClient.newHttpClient(), url);
        assertEquals(200, text.statusCode(), url);
        Files.writeString(copy, text.body());
        for (String figure : figures) {
            assertTrue(text.body().contains(figure), figure + " at " + url);
        }
    }

    /**
     * The sign-in page for someone not signed in; signing in answers with the signed-in session's cookie, HttpOnly and
     * SameSite=Lax (web.xml asks for both; where the container leaves SameSite out, Payara, the application adds it).
     */
    void signInGivesASameSiteSessionCookie() throws IOException, InterruptedException {
        HttpClient noRedirects = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> page = FacesForms.get(noRedirects, app + "login.xhtml");
        assertTrue(
                page.body().contains("id=\"signIn\""), "the sign-in form for someone not signed in:\n" + page.body());
        HttpResponse<String> signedIn = FacesForms.signIn(noRedirects, app, "amira.khan@example.org", PASSWORD);
        assertEquals(302, signedIn.statusCode(), "a redirect to her home page:\n" + signedIn.body());
        List<String> sessionCookies = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .toList();
        assertFalse(
                sessionCookies.isEmpty(),
                "a new session at sign-in: " + signedIn.headers().map());
        String last = sessionCookies.get(sessionCookies.size() - 1);
        assertTrue(
                last.contains("SameSite=Lax") && last.contains("HttpOnly"),
                "the signed-in session's cookie with SameSite and HttpOnly: " + sessionCookies);
    }

    /** Amira Khan (Set A) signs in, sees her set, and saves a learning-log entry that her log then shows. */
    void memberSignsInAndWritesInHerLog() throws IOException, InterruptedException {
        HttpClient amira = ServerProcesses.client();
        HttpResponse<String> home = FacesForms.signIn(amira, app, "amira.khan@example.org", PASSWORD);
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Welcome, Amira Khan"), home.body());
        assertTrue(home.body().contains("Set A"), "her set, from the database");
        Matcher setA = SET_LINK.matcher(home.body());
        assertTrue(setA.find(), "a link to Set A's page:\n" + home.body());
        setPage = setA.group(1).substring(1).replace("&amp;", "&");

        HttpResponse<String> saved = FacesForms.post(
                amira,
                app + "learning/log.xhtml",
                "entry",
                Map.of("entry:meeting", "", "entry:learned", reflection, "entry:differently", "", "entry:save", ""));
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains(reflection), "the entry in her log:\n" + saved.body());
    }

    /** Grace Thompson (Set B) opens Set A's page: the refusal page, nothing of Set A. */
    void memberOfAnotherSetIsRefused() throws IOException, InterruptedException {
        assertTrue(setPage != null, "Set A's page from Amira's home page first");
        HttpClient grace = ServerProcesses.client();
        FacesForms.signIn(grace, app, "grace.thompson@example.org", PASSWORD);
        HttpResponse<String> refused = FacesForms.get(grace, app + setPage);
        assertTrue(
                refused.body().contains("You cannot open this"),
                "a member of Set B on Set A's page: the refusal page, " + refused.statusCode() + "\n" + refused.body());
        assertFalse(refused.body().contains("Amira Khan"), "nothing of Set A shown");
    }

    /**
     * Harry Wilson (Set B) opens his set's live meeting page; its websocket (OmniFaces' socket) opens with his
     * session's cookie and is kept: a server that did not know the page's channel would close it at once (1008,
     * "Unknown channel"), before it answers a ping sent after the opening.
     */
    void theLivePagesWebsocketOpens() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient harry = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpResponse<String> home = FacesForms.signIn(harry, app, "harry.wilson@example.org", PASSWORD);
        Matcher live = LIVE_LINK.matcher(home.body());
        assertTrue(live.find(), "Harry's home page links his set's live meeting:\n" + home.body());
        HttpResponse<String> page = FacesForms.get(harry, app + live.group());
        Matcher channel = SOCKET_CHANNEL.matcher(page.body());
        assertTrue(channel.find(), "the live page opens a websocket:\n" + page.body());
        String cookie = cookies.getCookieStore().get(URI.create(app)).stream()
                .map(HttpCookie::toString)
                .collect(Collectors.joining("; "));
        CompletableFuture<String> closed = new CompletableFuture<>();
        CompletableFuture<Void> pong = new CompletableFuture<>();
        WebSocket socket = harry.newWebSocketBuilder()
                .header("Cookie", cookie)
                .buildAsync(
                        URI.create(app.replaceFirst("^http", "ws") + "omnifaces.push/" + channel.group(1)),
                        new WebSocket.Listener() {
                            @Override
                            public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
                                pong.complete(null);
                                return null;
                            }

                            @Override
                            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                                closed.complete(statusCode + " " + reason);
                                pong.complete(null);
                                return null;
                            }
                        })
                .get(30, TimeUnit.SECONDS);
        socket.sendPing(ByteBuffer.wrap(new byte[] {1}));
        pong.get(30, TimeUnit.SECONDS);
        assertFalse(closed.isDone(), "the server closed the live page's websocket: " + closed.getNow(""));
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(10, TimeUnit.SECONDS);
    }

    /** A sign-in that fails, so that the failed sign-ins' figure has something to count. */
    void someoneGuessesAPassword() throws IOException, InterruptedException {
        FacesForms.signIn(ServerProcesses.client(), app, "nobody@example.org", "not-the-password");
    }

    /** After a redeploy: Amira signs in again and her entry is in her log. */
    void entryIsStillThere() throws IOException, InterruptedException {
        HttpClient again = ServerProcesses.client();
        FacesForms.signIn(again, app, "amira.khan@example.org", PASSWORD);
        HttpResponse<String> log = FacesForms.get(again, app + "learning/log.xhtml");
        assertTrue(log.body().contains(reflection), "the entry after a redeploy:\n" + log.body());
    }
}
