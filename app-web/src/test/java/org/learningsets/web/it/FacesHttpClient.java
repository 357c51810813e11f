package org.learningsets.web.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Signs in over plain HTTP the way the browser's form post does, for tests that need no browser. */
final class FacesHttpClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;

    FacesHttpClient(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Returns the page the browser would land on after pressing "Sign in". */
    HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        return submit("login.xhtml", "signIn", Map.of("email", email, "password", password), "submit");
    }

    /**
     * Opens the page and submits its form {@code formId} (a full, non-ajax post) with the given fields and button,
     * all named by their ids within the form; returns the page the browser would land on.
     */
    HttpResponse<String> submit(String path, String formId, Map<String, String> fields, String button)
            throws IOException, InterruptedException {
        String page = get(path).body();
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new IllegalStateException("No form on " + path + ":\n" + page);
        }
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put(formId, formId);
        fields.forEach((id, value) -> posted.put(formId + ":" + id, value));
        posted.put(formId + ":" + button, "");
        posted.put("jakarta.faces.ViewState", viewState.group(1));
        String body = posted.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
