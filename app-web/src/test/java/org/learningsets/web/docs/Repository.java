package org.learningsets.web.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The checkout the tests run in: its root, its documentation pages and its text files. */
final class Repository {

    /**
     * Build output, version control, tool caches, and what running the product or its tests leaves behind (the
     * data folder, Derby's log; all in .gitignore): not files of the product.
     */
    private static final Set<String> NOT_THE_PRODUCT = Set.of(
            "target", "node_modules", ".git", ".cifuzz-corpus", ".idea", ".vscode", ".settings", "data", "derby.log");
    /** Files larger than this are data, not text someone wrote. */
    private static final long LARGEST_TEXT = 2 * 1024 * 1024;

    static final Path ROOT = findRoot();

    private Repository() {}

    /** README.md and every Markdown page under docs/. */
    static List<Path> documentationPages() {
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            return Stream.concat(
                            Stream.of(ROOT.resolve("README.md")),
                            docs.filter(p -> p.toString().endsWith(".md")).sorted())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every text file of the product: sources, pages, scripts, configuration, documentation. */
    static List<Path> textFiles() {
        try (Stream<Path> all = Files.walk(ROOT)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> !outsideTheProduct(p))
                    .filter(Repository::isText)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not UTF-8 text", e);
        }
    }

    static String relative(Path file) {
        return ROOT.relativize(file).toString().replace('\\', '/');
    }

    /**
     * Build output and tool folders, and the fuzzers' saved inputs (src/test/resources/.../*Inputs/): those are
     * bytes a fuzzer made or a reproducer kept, not text anyone wrote.
     */
    private static boolean outsideTheProduct(Path file) {
        for (Path part : ROOT.relativize(file)) {
            String name = part.toString();
            if (NOT_THE_PRODUCT.contains(name) || name.endsWith("TestInputs")) {
                return true;
            }
        }
        return false;
    }

    /** Text: not too large, no NUL byte, and valid UTF-8. */
    private static boolean isText(Path file) {
        try {
            if (Files.size(file) > LARGEST_TEXT) {
                return false;
            }
            byte[] bytes = Files.readAllBytes(file);
            for (byte b : bytes) {
                if (b == 0) {
                    return false;
                }
            }
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder with README.md, pom.xml and app-web, from wherever the build runs the tests. */
    private static Path findRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md"))
                    && Files.isRegularFile(dir.resolve("pom.xml"))
                    && Files.isDirectory(dir.resolve("app-web"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "No checkout (README.md, pom.xml, app-web) above " + Path.of("").toAbsolutePath());
    }
}
