package org.learningsets.web.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.web.it.support.SharedMicro;
import org.learningsets.web.it.support.TrustIdentityProvider;

/**
 * Answers from the trust's provider that must not sign anyone in, sent as an attacker would send them (a plain HTTP
 * client, each step by hand, against the real provider of the tests): a tampered state, a replayed answer in the same
 * browser and in another, a made-up code, and ID tokens made for another application, carrying another sign-in's
 * nonce, from another issuer, or expired. Each
 * ends on the problem page, signed out. Claims to be Rosa Martinez, whom the application knows, so that only the
 * check under test stands between the answer and her account.
 */
@ExtendWith(SharedMicro.class)
class TrustSignInRefusalsIT {

    private static final String ROSA = "{\"email\": \"rosa.martinez@example.org\", \"email_verified\": true}";
    private static final String PROBLEM = "/sso/problem.xhtml";

    private final URL base;
    private final TrustIdentityProvider trust;

    TrustSignInRefusalsIT(URL base, TrustIdentityProvider trust) {
        this.base = base;
        this.trust = trust;
    }

    @Test
    void aTamperedStateIsRefusedAndTheSignInCannotBeFinishedAfterwards() throws Exception {
        Visitor browser = new Visitor();
        URI answer = browser.startAndSignInAtTheProvider("rosa-at-harbour", ROSA);
        URI tampered = URI.create(answer.toString().replaceFirst("state=([^&]+)", "state=$1x"));
        assertRefused(browser, tampered);
        // The sign-in it belonged to is over: the genuine answer no longer works either.
        assertRefused(browser, answer);
    }

    @Test
    void anAnswerWorksOnceAndOnlyInTheBrowserThatAskedForIt() throws Exception {
        Visitor browser = new Visitor();
        URI answer = browser.startAndSignInAtTheProvider("rosa-at-harbour", ROSA);
        assertRefused(new Visitor(), answer);

        Visitor owner = new Visitor();
        URI own = owner.startAndSignInAtTheProvider("rosa-at-harbour", ROSA);
        HttpResponse<String> signedIn = owner.get(own);
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/index.xhtml"));
        assertProblemPage(owner.get(own));
    }

    @Test
    void aMadeUpCodeIsRefused() throws Exception {
        Visitor browser = new Visitor();
        URI answer = browser.startAndSignInAtTheProvider("rosa-at-harbour", ROSA);
        assertRefused(browser, URI.create(answer.toString().replaceFirst("code=([^&]+)", "code=made-up-code")));
    }

    @Test
    void anIdTokenForAnotherApplicationFromAnotherSignInOrOutOfDateIsRefused() throws Exception {
        // The provider signs whatever claims its sign-in page is given: a token for another application, one
        // carrying the nonce of another sign-in (a token replayed from elsewhere), one from another issuer.
        for (String claim : List.of(
                "\"aud\": \"another-application\"",
                "\"nonce\": \"the-nonce-of-another-sign-in\"",
                "\"iss\": \"https://login.example.invalid/another-tenant/v2.0\"")) {
            Visitor visitor = new Visitor();
            String claims = ROSA.replace("}", ", " + claim + "}");
            assertRefused(visitor, visitor.startAndSignInAtTheProvider("rosa-at-harbour", claims));
        }
        trust.nextTokenExpiresIn(-600);
        Visitor late = new Visitor();
        assertRefused(late, late.startAndSignInAtTheProvider("rosa-at-harbour", ROSA));
    }

    private void assertRefused(Visitor browser, URI answer) throws Exception {
        assertProblemPage(browser.get(answer));
        HttpResponse<String> home = browser.get(URI.create(base + "index.xhtml"));
        assertEquals(302, home.statusCode(), "not signed in");
        assertTrue(home.headers().firstValue("Location").orElse("").contains("login.xhtml"));
    }

    private static void assertProblemPage(HttpResponse<String> refused) {
        assertEquals(302, refused.statusCode(), refused.body());
        String location = refused.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith(PROBLEM), location);
    }

    /** A browser as an attacker drives it, by hand: cookies kept, every redirect looked at rather than followed. */
    private final class Visitor {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(URI address) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** From the application's start of a sign-in to the provider's answer, which is returned, not yet sent. */
        URI startAndSignInAtTheProvider(String userName, String claims) throws Exception {
            HttpResponse<String> start = get(URI.create(base + "sso/start"));
            assertEquals(302, start.statusCode(), start.body());
            URI authorise = URI.create(start.headers().firstValue("Location").orElseThrow());
            assertTrue(authorise.toString().startsWith(trust.issuer()), authorise.toString());
            assertEquals(200, get(authorise).statusCode(), "the provider's sign-in page");
            String form = "username=" + URLEncoder.encode(userName, StandardCharsets.UTF_8) + "&claims="
                    + URLEncoder.encode(claims, StandardCharsets.UTF_8);
            HttpResponse<String> answered = http.send(
                    HttpRequest.newBuilder(authorise)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(302, answered.statusCode(), answered.body());
            URI answer = URI.create(answered.headers().firstValue("Location").orElseThrow());
            assertTrue(answer.toString().startsWith(base + "sso/callback?"), answer.toString());
            return answer;
        }
    }
}
