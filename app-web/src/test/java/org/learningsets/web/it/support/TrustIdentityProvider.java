package org.learningsets.web.it.support;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * The trust's OpenID Connect provider for the browser tests: mock-oauth2-server, a standards-conforming provider
 * (discovery, signed ID tokens, PKCE, RP-initiated logout) that runs in the test JVM, with its interactive login page:
 * the person types a user name, which becomes the token's subject, and the claims (email, email_verified, ...). One per
 * run, started before the shared Payara Micro, which is configured with its address (SharedMicro).
 */
public final class TrustIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "learningsets-tests";
    static final String CLIENT_SECRET = "client-secret-of-the-tests";
    private static final String ISSUER_ID = "trust";

    private final MockOAuth2Server server;

    private TrustIdentityProvider(MockOAuth2Server server) {
        this.server = server;
    }

    static TrustIdentityProvider start() {
        MockOAuth2Server server = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
        server.start(InetAddress.getLoopbackAddress(), 0);
        return new TrustIdentityProvider(server);
    }

    public String issuer() {
        return server.issuerUrl(ISSUER_ID).toString();
    }

    /** The next ID token the provider issues expires this many seconds after it is issued (negative: already). */
    public void nextTokenExpiresIn(long seconds) {
        server.enqueueCallback(
                new DefaultOAuth2TokenCallback(ISSUER_ID, "any", "JWT", List.of(CLIENT_ID), Map.of(), seconds));
    }

    /** The application's settings that point at this provider. */
    Map<String, String> settings() {
        return Map.of(
                "LEARNINGSETS_OIDC_ISSUER",
                issuer(),
                "LEARNINGSETS_OIDC_CLIENT_ID",
                CLIENT_ID,
                "LEARNINGSETS_OIDC_CLIENT_SECRET",
                CLIENT_SECRET,
                "LEARNINGSETS_OIDC_BUTTON_LABEL",
                "Sign in with your Harbour NHS Trust account",
                "LEARNINGSETS_EMAIL_DOMAIN_ALIASES",
                "example.org,harbour.nhs.uk");
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
