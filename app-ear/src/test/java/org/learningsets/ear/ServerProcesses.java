package org.learningsets.ear;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** What every EAR test does with a server process and its folders: wait for it, time it, stop it, clear up after. */
final class ServerProcesses {

    private ServerProcesses() {}

    /** A browser-like client of one person: cookies kept, redirects followed. */
    static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    static long seconds(long from, long to) {
        return TimeUnit.NANOSECONDS.toSeconds(to - from);
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> old = Files.walk(root)) {
                for (Path p : old.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The folders of earlier runs in {@code work} whose names start with {@code prefix}. */
    static void deleteEarlier(Path work, String prefix) throws IOException {
        try (Stream<Path> previous = Files.list(work)) {
            for (Path p : previous.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .toList()) {
                deleteTree(p);
            }
        }
    }

    /** Polls until the address answers with the status, or fails when the server has exited or the time is up. */
    static void waitUntil(String url, int status, Duration limit, Process server)
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

    /** After a failure: the server and the JVM its start script launched, so nothing outlives the test. */
    static void stopIfRunning(Process server) throws InterruptedException {
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
