package org.learningsets.web.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.learningsets.ejb.platform.ConfigKeys;
import org.learningsets.ejb.platform.LogText;
import org.learningsets.ejb.security.trust.TrustIdentity;

/**
 * The trust's OpenID Connect provider (Microsoft Entra ID or any standard one), through the Nimbus OAuth 2.0 / OpenID
 * Connect SDK: the authorisation code flow with PKCE (S256), state and nonce, a confidential client, and the ID token
 * checked for its signature (the provider's published keys), issuer, audience, expiry and nonce. The provider's
 * metadata is read from its discovery document at the first use and kept.
 */
@Named
@ApplicationScoped
public class TrustProvider {

    private static final Logger LOG = Logger.getLogger(TrustProvider.class.getName());
    private static final int CONNECT_MILLIS = 5_000;
    private static final int READ_MILLIS = 10_000;

    /** What the browser's round trip to the provider must bring back, kept in the session meanwhile. */
    public record Pending(String state, String nonce, String codeVerifier, String next) implements Serializable {}

    /** A sign-in through the provider that did not complete, in words for the person. */
    public static class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message);
        }
    }

    @Inject
    @ConfigProperty(name = ConfigKeys.OIDC_ISSUER)
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = ConfigKeys.OIDC_CLIENT_ID)
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = ConfigKeys.OIDC_CLIENT_SECRET)
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = ConfigKeys.OIDC_CLIENT_SECRET_FILE)
    Optional<String> clientSecretFile;

    @Inject
    @ConfigProperty(name = ConfigKeys.OIDC_SCOPES, defaultValue = "openid email profile")
    String scopes;

    @Inject
    @ConfigProperty(name = ConfigKeys.OIDC_EMAIL_CLAIM, defaultValue = "email")
    String emailClaim;

    @Inject
    @ConfigProperty(name = ConfigKeys.OIDC_EMAIL_VERIFIED_BY_PROVIDER, defaultValue = "false")
    boolean emailVerifiedByProvider;

    @Inject
    @ConfigProperty(name = ConfigKeys.OIDC_LEAD_CLAIM)
    Optional<String> leadClaim;

    @Inject
    @ConfigProperty(name = ConfigKeys.OIDC_LEAD_VALUE)
    Optional<String> leadValue;

    @Inject
    @ConfigProperty(name = ConfigKeys.OIDC_BUTTON_LABEL, defaultValue = "Sign in with your trust account")
    String buttonLabel;

    @Inject
    @ConfigProperty(name = ConfigKeys.PUBLIC_URL)
    Optional<String> publicUrl;

    private volatile Discovered discovered;

    /** The provider's metadata and the ID token checker made from it. */
    private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

    @PostConstruct
    void checkSettings() {
        if (isEnabled() && clientId.filter(id -> !id.isBlank()).isEmpty()) {
            LOG.severe("LEARNINGSETS_OIDC_ISSUER is set but LEARNINGSETS_OIDC_CLIENT_ID is not: sign-in through the "
                    + "trust will fail until it is.");
        }
    }

    /** Whether sign-in through the trust is offered at all (an issuer is configured). */
    public boolean isEnabled() {
        return issuer.filter(i -> !i.isBlank()).isPresent();
    }

    public String getButtonLabel() {
        return buttonLabel;
    }

    /** Where to send the browser to sign in; {@code pending} goes into the session until the provider answers. */
    public URI authorisationAddress(URI redirect, Pending pending) throws Failed {
        OIDCProviderMetadata metadata = discovered().metadata();
        return new AuthenticationRequest.Builder(
                        new ResponseType(ResponseType.Value.CODE), Scope.parse(scopes), client(), redirect)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(new State(pending.state()))
                .nonce(new Nonce(pending.nonce()))
                .codeChallenge(new CodeVerifier(pending.codeVerifier()), CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /** A fresh state, nonce and PKCE verifier for one round trip. */
    public static Pending newPending(String next) {
        return new Pending(new State().getValue(), new Nonce().getValue(), new CodeVerifier().getValue(), next);
    }

    /**
     * The provider's answer at the callback address: checks it belongs to {@code pending}, exchanges the code for
     * tokens and checks the ID token. Returns who signed in and the raw ID token (for signing out at the provider).
     */
    public Completed complete(URI callback, URI redirect, Pending pending) throws Failed {
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(callback);
        } catch (ParseException e) {
            throw new Failed("The answer from the trust's sign-in service could not be read.");
        }
        if (!pending.state()
                .equals(response.getState() == null ? null : response.getState().getValue())) {
            throw new Failed("The answer from the trust's sign-in service does not belong to this sign-in.");
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = ((AuthenticationErrorResponse) response).getErrorObject();
            throw new Failed("The trust's sign-in service did not sign you in"
                    + (error.getDescription() == null ? "." : ": " + error.getDescription()));
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        Discovered provider = discovered();
        try {
            HTTPRequest tokenRequest = new TokenRequest(
                            provider.metadata().getTokenEndpointURI(),
                            new ClientSecretBasic(client(), new Secret(secret())),
                            new AuthorizationCodeGrant(code, redirect, new CodeVerifier(pending.codeVerifier())))
                    .toHTTPRequest();
            tokenRequest.setConnectTimeout(CONNECT_MILLIS);
            tokenRequest.setReadTimeout(READ_MILLIS);
            TokenResponse tokens = OIDCTokenResponseParser.parse(tokenRequest.send());
            if (!tokens.indicatesSuccess()) {
                ErrorObject error = tokens.toErrorResponse().getErrorObject();
                LOG.warning(() -> LogText.oneLine(
                        "The trust's provider refused the code: " + error.getCode() + " " + error.getDescription()));
                throw new Failed("The trust's sign-in service did not confirm your sign-in. Try again.");
            }
            JWT idToken = ((OIDCTokenResponse) tokens.toSuccessResponse())
                    .getOIDCTokens()
                    .getIDToken();
            IDTokenClaimsSet claims = provider.validator().validate(idToken, new Nonce(pending.nonce()));
            return new Completed(identity(claims), idToken.serialize());
        } catch (IOException
                | ParseException
                | com.nimbusds.jose.JOSEException
                | com.nimbusds.jose.proc.BadJOSEException e) {
            LOG.log(Level.WARNING, "A sign-in through the trust's provider failed", e);
            throw new Failed("The trust's sign-in service could not be reached or its answer was not valid. Try "
                    + "again, or tell your IT service desk if it goes on.");
        }
    }

    /** Who signed in, and the ID token as the provider sent it. */
    public record Completed(TrustIdentity identity, String idToken) {}

    /**
     * The provider's sign-out address for an ID token (RP-initiated logout), coming back to {@code after}; empty when
     * the provider offers none or cannot be reached.
     */
    public Optional<URI> signOutAddress(String idToken, URI after) {
        try {
            URI endSession = discovered().metadata().getEndSessionEndpointURI();
            if (endSession == null) {
                return Optional.empty();
            }
            return Optional.of(
                    new LogoutRequest(endSession, com.nimbusds.jwt.JWTParser.parse(idToken), after, null).toURI());
        } catch (Failed | java.text.ParseException e) {
            LOG.log(Level.WARNING, "No sign-out at the trust's provider", e);
            return Optional.empty();
        }
    }

    TrustIdentity identity(IDTokenClaimsSet claims) {
        String email = claimText(claims.getClaim(emailClaim));
        Boolean verified = claims.getBooleanClaim("email_verified");
        boolean emailVerified = verified != null ? verified : emailVerifiedByProvider;
        return new TrustIdentity(
                claims.getIssuer().getValue(),
                claims.getSubject().getValue(),
                email,
                email != null && emailVerified,
                isLead(claims.getClaim(leadClaim.orElse(""))));
    }

    private boolean isLead(Object claim) {
        if (leadValue.isEmpty() || claim == null) {
            return false;
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().anyMatch(v -> leadValue.get().equals(String.valueOf(v)));
        }
        return leadValue.get().equals(String.valueOf(claim));
    }

    private static String claimText(Object claim) {
        return claim instanceof String text && !text.isBlank() ? text.strip() : null;
    }

    private ClientID client() {
        return new ClientID(clientId.orElse(""));
    }

    /** The client secret: the setting itself, or the file it names (a secret kept out of the environment). */
    private String secret() throws Failed {
        if (clientSecretFile.filter(f -> !f.isBlank()).isPresent()) {
            try {
                return Files.readString(Path.of(clientSecretFile.get()), StandardCharsets.UTF_8)
                        .strip();
            } catch (IOException e) {
                LOG.log(Level.SEVERE, "LEARNINGSETS_OIDC_CLIENT_SECRET_FILE cannot be read", e);
                throw new Failed("Sign-in through the trust is not set up completely. Tell your IT service desk.");
            }
        }
        return clientSecret.orElse("");
    }

    private Discovered discovered() throws Failed {
        Discovered known = discovered;
        if (known != null) {
            return known;
        }
        try {
            OIDCProviderMetadata metadata =
                    OIDCProviderMetadata.resolve(new Issuer(issuer.orElseThrow()), CONNECT_MILLIS, READ_MILLIS);
            IDTokenValidator validator = new IDTokenValidator(
                    metadata.getIssuer(),
                    client(),
                    JWSAlgorithm.RS256,
                    metadata.getJWKSetURI().toURL());
            known = new Discovered(metadata, validator);
            discovered = known;
            return known;
        } catch (IOException | com.nimbusds.oauth2.sdk.GeneralException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    LogText.oneLine("The trust's OpenID Connect provider cannot be reached at " + issuer.orElse("")),
                    e);
            throw new Failed("The trust's sign-in service cannot be reached just now. Try again in a moment, or sign "
                    + "in with your email address and password if you have one.");
        }
    }

    /**
     * An address of this application as the provider must know it (the callback, the page after signing out): under
     * LEARNINGSETS_PUBLIC_URL when set, else as the request reached us.
     */
    URI address(jakarta.servlet.http.HttpServletRequest request, String path) {
        String base = publicUrl
                .filter(u -> !u.isBlank())
                .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u)
                .orElseGet(() -> SignInMechanism.baseUrl(request));
        return URI.create(base + path);
    }

    /** The callback address as the browser used it. */
    static URI callbackAddress(String requestUrl, String query) throws Failed {
        try {
            return new URI(query == null ? requestUrl : requestUrl + "?" + query);
        } catch (URISyntaxException e) {
            throw new Failed("The answer from the trust's sign-in service could not be read.");
        }
    }
}
