package org.learningsets.web.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's nginx run unprivileged in a directory of its own (as ops/check-tls-proxy.sh runs it): pid, logs and
 * temporary files there, in the foreground, stopped on close. The site configuration is the caller's.
 */
public final class NginxProcess implements AutoCloseable {

    private final Process process;
    private final Path directory;

    private NginxProcess(Process process, Path directory) {
        this.process = process;
        this.directory = directory;
    }

    /** The nginx program on the PATH or in /usr/sbin (not on a normal user's PATH), if installed. */
    public static Optional<Path> program() {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin";
        return Stream.of(path.split(File.pathSeparator))
                .map(dir -> Path.of(dir, "nginx"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    public static NginxProcess start(Path program, Path directory, String site) throws IOException {
        Path temp = Files.createDirectories(directory.resolve("tmp"));
        Files.writeString(directory.resolve("site.conf"), site);
        // Responses and request bodies are buffered in memory: the temporary folder then needs no write access
        // for nginx's worker user (nobody when the tests run as root).
        Path config = Files.writeString(directory.resolve("nginx.conf"), """
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events {}
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %2$s/body; proxy_temp_path %2$s/proxy; fastcgi_temp_path %2$s/fastcgi;
                    uwsgi_temp_path %2$s/uwsgi; scgi_temp_path %2$s/scgi;
                    client_body_buffer_size 1m;
                    proxy_max_temp_file_size 0;
                    include %1$s/site.conf;
                }
                """.formatted(directory, temp));
        Process process = new ProcessBuilder(program.toString(), "-p", directory.toString(), "-c", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("nginx.out").toFile())
                .start();
        return new NginxProcess(process, directory);
    }

    /** nginx's own messages, for failure reports. */
    public String errors() throws IOException {
        Path log = directory.resolve("error.log");
        return Files.readString(directory.resolve("nginx.out")) + (Files.exists(log) ? Files.readString(log) : "");
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
