package org.learningsets.web.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/** Signs in and posts Faces forms over HTTP the way the browser does, for tests that need no browser. */
public final class FacesHttpClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' CSP nonce on the page's scripts: its script posts it back with every form (primefaces.nonce). */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private final String base;

    public FacesHttpClient(String base) {
        this(base, HttpClient.newBuilder());
    }

    /** Over https to a server whose certificate {@code ssl} trusts (ClusterFailoverIT's proxy). */
    public FacesHttpClient(String base, SSLContext ssl) {
        this(base, HttpClient.newBuilder().sslContext(ssl));
    }

    private FacesHttpClient(String base, HttpClient.Builder http) {
        this.base = base;
        this.http = http.cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * Opens a websocket at {@code path} (from the base; ws or wss as the base is http or https) with this session's
     * cookie, as a page's script does; fails if the handshake is not accepted within 30 s.
     */
    public WebSocket webSocket(String path, WebSocket.Listener listener) throws Exception {
        URI uri = URI.create(base.replaceFirst("^http", "ws") + path);
        String cookie = cookies.getCookieStore().get(URI.create(base)).stream()
                .map(HttpCookie::toString)
                .collect(Collectors.joining("; "));
        return http.newWebSocketBuilder()
                .header("Cookie", cookie)
                .buildAsync(uri, listener)
                .get(30, TimeUnit.SECONDS);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with one extra request header (e.g. what a proxy adds). */
    public HttpResponse<String> get(String path, String header, String value) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header(header, value)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Returns the page the browser would land on after pressing "Sign in". */
    public HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signIn", "signIn");
        fields.put("signIn:email", email);
        fields.put("signIn:password", password);
        fields.put("signIn:submit", "");
        return submit(get("login.xhtml"), "login.xhtml", fields);
    }

    /**
     * Posts a Faces form of {@code page} as its submit button does, with the page's view state and CSP nonce:
     * {@code fields} are the form's id, its inputs and the pressed button. Returns the page the browser would land on.
     */
    public HttpResponse<String> submit(HttpResponse<String> page, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        return post(path, withPageTokens(page, fields));
    }

    /**
     * {@code fields} with the page's view state and, when the page has one, its CSP nonce (without it PrimeFaces
     * refuses to render the answer); no view state means there is no form to post.
     */
    private static Map<String, String> withPageTokens(HttpResponse<String> page, Map<String, String> fields) {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new IllegalStateException("No form on the page:\n" + page.body());
        }
        Map<String, String> posted = new LinkedHashMap<>(fields);
        posted.put("jakarta.faces.ViewState", viewState.group(1));
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            posted.put("primefaces.nonce", nonce.group(1));
        }
        return posted;
    }

    /** The view state the page's forms post back. */
    public static String viewStateOf(HttpResponse<String> page) {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new IllegalStateException("No form on the page:\n" + page.body());
        }
        return viewState.group(1);
    }

    /**
     * Opens the page and submits its form {@code formId} (a full, non-ajax post) with the given fields and button,
     * all named by their ids within the form; returns the page the browser would land on, or the error page when the
     * page itself could not be opened (status 400 or more: there is no form to fill in).
     */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields, String button)
            throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        if (page.statusCode() >= 400) {
            return page;
        }
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put(formId, formId);
        fields.forEach((id, value) -> posted.put(formId + ":" + id, value));
        posted.put(formId + ":" + button, "");
        return submit(page, path, posted);
    }

    /**
     * True when the page shows a Java exception or stack trace ("Caused by", "SomeException: message", "at
     * org.x.Y(...)"); not fooled by exception class names PrimeFaces lists in its error-page settings.
     */
    public static boolean showsStackTrace(String page) {
        return STACK_TRACE.matcher(page).find();
    }

    private static final Pattern STACK_TRACE =
            Pattern.compile("Caused by|\\w(Exception|Error): |\\sat [\\w$]+(\\.[\\w$]+)+\\(");

    /** A form post exactly as given (url-encoded fields in order), view state or not. */
    public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return http.send(formPost(path, fields).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Presses {@code button} of form {@code formId} on {@code page} as PrimeFaces' ajax does (the Faces-Request
     * header, the partial fields, the page's view state and nonce); {@code fields} are named by their full ids.
     * Returns the partial response (XML).
     */
    public HttpResponse<String> ajax(
            HttpResponse<String> page, String path, String formId, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> posted = new LinkedHashMap<>(fields);
        posted.put(formId, formId);
        posted.put("jakarta.faces.partial.ajax", "true");
        posted.put("jakarta.faces.source", formId + ":" + button);
        posted.put("jakarta.faces.partial.execute", "@form");
        posted.put("jakarta.faces.partial.render", "@form");
        posted.put(formId + ":" + button, formId + ":" + button);
        posted = withPageTokens(page, posted);
        if (!posted.containsKey("primefaces.nonce")) {
            throw new IllegalStateException("No PrimeFaces nonce on the page:\n" + page.body());
        }
        return http.send(
                formPost(path, posted).header("Faces-Request", "partial/ajax").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** An ajax post exactly as given (the Faces-Request header and these fields, nothing added). */
    public HttpResponse<String> ajaxPost(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        return http.send(
                formPost(path, fields).header("Faces-Request", "partial/ajax").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder formPost(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
