package org.learningsets.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where sign-in returns a person: the page of this application they opened before signing in, never anywhere else
 * (an open redirect would let another site send people to a look-alike after a genuine sign-in). Only a path inside
 * the application, naming a page, with no scheme, host, backslash, control character or ".." is accepted.
 */
public final class ReturnAddress {

    /** Longer is not an address a person opened. */
    static final int LONGEST = 2000;

    private ReturnAddress() {}

    /**
     * {@code next} as a path below the application's context ("/meetings/live.xhtml?id=..."), if it is one of its
     * pages; empty for anything else, including the sign-in page itself.
     */
    public static Optional<String> of(String next) {
        if (next == null
                || next.isEmpty()
                || next.length() > LONGEST
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.indexOf('\\') >= 0
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(next);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String path = uri.getPath();
        if (uri.getScheme() != null
                || uri.getRawAuthority() != null
                || uri.getRawFragment() != null
                || path == null
                || !path.endsWith(".xhtml")
                || path.contains("..")
                || path.contains("//")
                || path.equals(SignInMechanism.LOGIN_PAGE)
                || path.startsWith("/jakarta.faces.resource")
                || path.startsWith("/WEB-INF")
                || path.startsWith("/META-INF")) {
            return Optional.empty();
        }
        return Optional.of(next);
    }
}
