package org.learningsets.web.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of one test's own (initdb and pg_ctl of the installed PostgreSQL, in a temporary folder, on a
 * free port, trust authentication on localhost only), so the test may stop and start it without touching the server
 * other tests use. Run as the postgres user when the tests run as root (PostgreSQL refuses to run as root).
 */
public final class PrivatePostgres implements AutoCloseable {

    public static final String DATABASE = "learningsets";
    public static final String USER = "postgres";

    private final Path bin;
    private final Path dir;
    public final int port;

    private PrivatePostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** The newest installed PostgreSQL's programs (Debian's /usr/lib/postgresql/N/bin), if any. */
    public static Optional<Path> installed() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> Integer.parseInt(
                            b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        }
    }

    /** A new cluster, started, with an empty database {@link #DATABASE}. */
    public static PrivatePostgres start(Path bin) throws Exception {
        Path dir = Files.createTempDirectory("learningsets-pg-");
        PrivatePostgres pg = new PrivatePostgres(bin, dir, MicroProcess.freePort());
        if (isRoot()) {
            pg.run("chown", "postgres:postgres", dir.toString());
        }
        pg.runAsOwner(
                bin.resolve("initdb").toString(),
                "-D",
                pg.data().toString(),
                "-U",
                USER,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync");
        pg.start();
        try (Connection c = DriverManager.getConnection(pg.url("postgres"), USER, "");
                Statement sql = c.createStatement()) {
            sql.execute("CREATE DATABASE " + DATABASE);
        }
        return pg;
    }

    public String url() {
        return url(DATABASE);
    }

    private String url(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Starts the server and waits until it takes connections (pg_ctl -w). */
    public void start() throws IOException, InterruptedException {
        runAsOwner(
                bin.resolve("pg_ctl").toString(),
                "-D",
                data().toString(),
                "-l",
                dir.resolve("server.log").toString(),
                "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=localhost",
                "-w",
                "start");
    }

    /** A fast shutdown (open connections are ended), as an operator's `systemctl stop postgresql` does. */
    public void stop() throws IOException, InterruptedException {
        runAsOwner(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "fast", "-w", "stop");
    }

    /** Stops the server if it runs and deletes its files. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (Files.exists(data().resolve("postmaster.pid"))) {
            runAsOwner(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate", "-w", "stop");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** True when a connection can be opened now. */
    public boolean accepting() {
        try (Connection c = DriverManager.getConnection(url(), USER, "")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private Path data() {
        return dir.resolve("data");
    }

    private void runAsOwner(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        run(full.toArray(String[]::new));
    }

    private void run(String... command) throws IOException, InterruptedException {
        // Output to a file, not a pipe: the server pg_ctl starts must not hold our end open.
        Path output = Files.createTempFile("learningsets-pg-command-", ".log");
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(output));
            }
        } finally {
            Files.delete(output);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
