package org.learningsets.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The EAR where IT staff deploy it: Payara Server 6 Full (unpacked by the build from Maven Central), a fresh
 * domain, {@code asadmin deploy app-ear.ear}, then a demo member signs in over HTTP and gets their home page;
 * undeployed and stopped afterwards whatever happened.
 */
class PayaraServerEarIT {

    private static final String DOMAIN = "learningsets-it";
    /** Ports from this base: admin 28048, HTTP 28080 (so a server on 4848/8080 is not disturbed). */
    private static final int PORT_BASE = 28000;
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final Path home = Path.of(System.getProperty("payara.home"));
    private final Path ear = Path.of(System.getProperty("app.ear"));
    private final Path work = Path.of(System.getProperty("it.work.dir"));

    @Test
    void theEarDeploysOnPayaraServerAndAMemberSignsIn() throws Exception {
        assertTrue(Files.isRegularFile(ear), "build the EAR first: " + ear);
        Path data = work.resolve("ear-data");
        Files.createDirectories(data);
        asadmin("create-domain", "--nopassword=true", "--portbase", String.valueOf(PORT_BASE), DOMAIN);
        try {
            asadmin("start-domain", DOMAIN);
            try {
                asadmin("--port", String.valueOf(PORT_BASE + 48), "deploy", "--name", "learningsets",
                        ear.toString());
                String base = "http://localhost:" + (PORT_BASE + 80) + "/";
                HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NORMAL).build();
                HttpResponse<String> home = signIn(http, base, "amira.khan@example.org", "demo-learning-sets");
                assertEquals(200, home.statusCode());
                assertTrue(home.body().contains("Welcome, Amira Khan"), home.body());
                assertTrue(home.body().contains("Set A"), "her set, from the database on the server");
                asadmin("--port", String.valueOf(PORT_BASE + 48), "undeploy", "learningsets");
            } finally {
                asadmin("stop-domain", DOMAIN);
            }
        } finally {
            asadmin("delete-domain", DOMAIN);
        }
    }

    private static HttpResponse<String> signIn(HttpClient http, String base, String email, String password)
            throws IOException, InterruptedException {
        String form = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = VIEW_STATE.matcher(form);
        assertTrue(viewState.find(), "a sign-in form:\n" + form);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signIn", "signIn");
        fields.put("signIn:email", email);
        fields.put("signIn:password", password);
        fields.put("signIn:submit", "");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Runs asadmin with the test's Java and the application's settings in the environment the server inherits. */
    private void asadmin(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/asadmin").toString());
        command.addAll(List.of(args));
        Path log = work.resolve("asadmin-" + args[args.length - 1].replaceAll("\\W", "_") + "-" + System.nanoTime()
                + ".log");
        Files.createDirectories(work);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("AS_JAVA", System.getProperty("java.home"));
        builder.environment().put("LEARNINGSETS_DEMO", "true");
        builder.environment().put("LEARNINGSETS_DATA_DIR", work.resolve("ear-data").toAbsolutePath().toString());
        home.resolve("bin/asadmin").toFile().setExecutable(true);
        Process process = builder.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "asadmin " + String.join(" ", args) + " took too long");
        assertEquals(0, process.exitValue(), "asadmin " + String.join(" ", args) + " failed:\n" + Files.readString(log));
    }
}
