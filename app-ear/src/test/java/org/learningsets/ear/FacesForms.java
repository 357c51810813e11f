package org.learningsets.ear;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

/** A person at the application's Faces forms over plain HTTP: open a page, fill in a form, post it. */
final class FacesForms {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The CSP nonce PrimeFaces posts back with every form; the application refuses a post without it. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private static final Pattern HIDDEN = Pattern.compile("<input\\b[^>]*\\btype=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    private FacesForms() {}

    /** The hidden fields inside the form {@code formId} of the page, by name. */
    private static Map<String, String> hiddenFields(String page, String formId) {
        int start = page.indexOf("<form id=\"" + formId + "\"");
        assertTrue(start >= 0, "the form " + formId + " on the page:\n" + page);
        int end = page.indexOf("</form>", start);
        Map<String, String> hidden = new LinkedHashMap<>();
        Matcher input = HIDDEN.matcher(page.substring(start, end < 0 ? page.length() : end));
        while (input.find()) {
            Matcher name = NAME.matcher(input.group());
            Matcher value = VALUE.matcher(input.group());
            if (name.find()) {
                hidden.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
            }
        }
        return hidden;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the sign-in form; the answer is the page the application then shows. */
    static HttpResponse<String> signIn(HttpClient http, String base, String email, String password)
            throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signIn:email", email);
        fields.put("signIn:password", password);
        fields.put("signIn:submit", "");
        return post(http, base + "login.xhtml", "signIn", fields);
    }

    /**
     * Opens the page, then posts its form {@code formId} with these fields, the form's hidden fields (its view state,
     * and the marker that says which form was sent: Mojarra's {@code formId=formId}, MyFaces' {@code formId_SUBMIT=1})
     * and the page's nonce, as a browser would.
     */
    static HttpResponse<String> post(HttpClient http, String url, String formId, Map<String, String> fields)
            throws IOException, InterruptedException {
        String page = get(http, url).body();
        Matcher viewState = VIEW_STATE.matcher(page);
        assertTrue(viewState.find(), "a form on " + url + ":\n" + page);
        Matcher nonce = NONCE.matcher(page);
        assertTrue(nonce.find(), "a CSP nonce on " + url + ":\n" + page);
        Map<String, String> all = new LinkedHashMap<>();
        all.put(formId, formId);
        all.putAll(hiddenFields(page, formId));
        all.putAll(fields);
        all.put("jakarta.faces.ViewState", viewState.group(1));
        all.put("primefaces.nonce", nonce.group(1));
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
