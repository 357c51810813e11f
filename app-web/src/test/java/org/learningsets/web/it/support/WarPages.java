package org.learningsets.web.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;

/** The pages of the WAR, and the addresses of them a page links to: for the tests that sweep every page. */
public final class WarPages {

    private WarPages() {}

    /** Every page of the WAR (error pages included), from the source folder the WAR is built from. */
    public static Set<String> all() {
        Path webapp = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One visit per page and set of parameters' names: set.xhtml?id=A and set.xhtml?id=B are the same page. */
    public static String key(String url) {
        URI uri = URI.create(url);
        String names = uri.getQuery() == null
                ? ""
                : Arrays.stream(uri.getQuery().split("&"))
                        .map(p -> p.split("=", 2)[0])
                        .sorted()
                        .collect(Collectors.joining(","));
        return uri.getPath() + "?" + names;
    }

    /** The page's path inside the application ("/sets/set.xhtml"). */
    public static String path(URL base, String url) {
        String path = URI.create(url).getPath();
        return path.startsWith(base.getPath())
                ? "/" + path.substring(base.getPath().length())
                : path;
    }

    /** The addresses of the application's pages that the page the browser shows links to. */
    public static List<String> linked(Browser browser, URL base) {
        return ((List<?>)
                        ((JavascriptExecutor) browser.driver())
                                .executeScript(
                                        "return Array.from(document.querySelectorAll('a[href]')).map(a => a.href.split('#')[0]);"))
                .stream()
                        .map(String::valueOf)
                        .filter(link -> link.startsWith(base.toString())
                                && URI.create(link).getPath().endsWith(".xhtml"))
                        .toList();
    }
}
