package org.learningsets.web.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application as an operator runs it: java -jar payara-micro.jar --deploy app-web.war, configured only by
 * LEARNINGSETS_* environment variables. Waits for readiness by polling, never by sleeping a fixed time.
 */
public final class MicroProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final String contextRoot;
    public final int port;

    private MicroProcess(Process process, Path log, int port, String contextRoot) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.contextRoot = contextRoot;
    }

    /** The WAR at the root context, as the README's run command deploys it. */
    public static MicroProcess start(String name, Map<String, String> environment) throws IOException {
        return start(name, environment, "/");
    }

    /** The WAR under {@code contextRoot} (for example "/app-web", where the server's /health and /metrics answer). */
    public static MicroProcess start(String name, Map<String, String> environment, String contextRoot)
            throws IOException {
        return start(name, environment, contextRoot, defaultWar());
    }

    /** Another WAR, for example the built one with test-only classes added (see SqlStatementsPerPageIT). */
    public static MicroProcess start(String name, Map<String, String> environment, String contextRoot, Path war)
            throws IOException {
        return launch(name, environment, List.of(), List.of("--nohazelcast"), contextRoot, war);
    }

    /**
     * The WAR at the root context with Hazelcast on: Java options and Payara Micro options of the caller's, for
     * example those of a cluster node (ClusterFailoverIT), instead of --nohazelcast.
     */
    public static MicroProcess startClustered(
            String name, Map<String, String> environment, List<String> javaOptions, List<String> microOptions)
            throws IOException {
        return launch(name, environment, javaOptions, microOptions, "/", defaultWar());
    }

    private static Path defaultWar() {
        return Path.of(System.getProperty("app.war", "target/app-web.war"));
    }

    private static MicroProcess launch(
            String name,
            Map<String, String> environment,
            List<String> javaOptions,
            List<String> microOptions,
            String contextRoot,
            Path war)
            throws IOException {
        int port = freePort();
        Path work = Path.of(System.getProperty("it.work.dir", "target/it"));
        Files.createDirectories(work);
        Path log = work.resolve(name + "-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", System.getProperty("micro.jar", "target/payara-micro.jar")));
        command.addAll(microOptions);
        command.addAll(List.of(
                "--port",
                Integer.toString(port),
                "--contextroot",
                contextRoot,
                "--deploy",
                war.toAbsolutePath().toString()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("LEARNINGSETS_"));
        builder.environment().putAll(environment);
        MicroProcess micro = new MicroProcess(builder.start(), log, port, contextRoot);
        try {
            micro.awaitReady(Duration.ofMinutes(5));
        } catch (IOException | RuntimeException e) {
            micro.process.destroyForcibly(); // not left running behind a failed start
            throw e;
        }
        return micro;
    }

    /** The application's address, ending in a slash. */
    public String base() {
        return "http://localhost:" + port + (contextRoot.endsWith("/") ? contextRoot : contextRoot + "/");
    }

    private void awaitReady(Duration timeout) throws IOException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
            }
            if (Files.readString(log).contains("ready in")) {
                try {
                    HttpResponse<Void> response = client.send(
                            HttpRequest.newBuilder(URI.create(base() + "login.xhtml"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() > 0) {
                        return;
                    }
                } catch (IOException e) {
                    // Not listening yet.
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            try {
                process.waitFor(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(
                "Payara Micro not ready within " + timeout + "; " + whereItWaits() + "; see " + log);
    }

    /**
     * A start that never gets ready, in one line for the test report's summary (CI shows little else): the log's last
     * line and the top of the main thread, from a thread dump (jcmd) kept beside the log. Not appended to the log:
     * the server still writes there at its own offset and would overwrite it.
     */
    private String whereItWaits() {
        String lastLine;
        try {
            lastLine = Files.readAllLines(log).stream()
                    .filter(line -> !line.isBlank())
                    .reduce((first, second) -> second)
                    .orElse("(empty)");
        } catch (IOException e) {
            lastLine = "(unreadable: " + e.getMessage() + ")";
        }
        Path dump = log.resolveSibling(log.getFileName() + ".threads.txt");
        String mainThread;
        try {
            Process jcmd = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                    .toString(),
                            Long.toString(process.pid()),
                            "Thread.print")
                    .redirectErrorStream(true)
                    .redirectOutput(dump.toFile())
                    .start();
            if (!jcmd.waitFor(30, TimeUnit.SECONDS)) {
                jcmd.destroyForcibly();
            }
            mainThread = topFrames(Files.readString(dump), "\"main\"", 6);
        } catch (IOException e) {
            mainThread = "(no thread dump: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            mainThread = "(interrupted)";
        }
        return "last log line: " + abbreviate(lastLine.strip(), 400) + "; main thread: " + mainThread
                + "; all threads: " + dump;
    }

    /**
     * The named thread's top frame and the first frames below it outside the JDK (which say whose call waits), on one
     * line, from a thread dump.
     */
    static String topFrames(String threadDump, String quotedName, int frames) {
        int start = threadDump.indexOf(quotedName + " ");
        if (start < 0) {
            return "(not in the dump)";
        }
        List<String> stack = threadDump
                .substring(start)
                .lines()
                .skip(1)
                .map(String::strip)
                .takeWhile(line -> !line.isEmpty())
                .filter(line -> line.startsWith("at "))
                .toList();
        if (stack.isEmpty()) {
            return "(no frames)";
        }
        List<String> shown = new ArrayList<>(List.of(stack.get(0)));
        stack.stream()
                .skip(1)
                .filter(frame -> !frame.matches("at (java|javax|jdk|sun)\\..*"))
                .limit(frames - 1L)
                .forEach(shown::add);
        return String.join(" < ", shown);
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "...";
    }

    /** The server's process id (as its node names itself: pid@host). */
    public long pid() {
        return process.pid();
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** A normal stop (SIGTERM), as an operator's service manager does it; waits until the process is gone. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /**
     * kill -9: SIGKILL to the server (and anything it started), as a power cut or the kernel's out-of-memory killer
     * would end it, with no shutdown hook or Derby shutdown; waits until the process is gone.
     */
    public void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Payara Micro still running 60 s after SIGKILL; see " + log);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
