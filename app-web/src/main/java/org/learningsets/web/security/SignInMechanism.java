package org.learningsets.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.learningsets.ejb.security.SecondFactorService;
import org.learningsets.ejb.security.SecondStep;

/**
 * Form sign-in on our own Faces page (SignInBacking calls SecurityContext.authenticate with the credential),
 * checked against the identity store of SecurityConfiguration; a protected page without a sign-in redirects to
 * the sign-in page.
 *
 * <p>Who signed in, with their roles, is kept as an ordinary session attribute and handed to the container on
 * every request. Soteria's built-in form mechanism instead lets the container remember the caller
 * (@AutoApplySession), and Payara keeps the roles of such a caller outside the session: on a second cluster node
 * the caller came back from the replicated session without roles, and every page answered 403
 * (https://github.com/payara/Payara/issues/6342). An attribute replicates with the session, so the other node
 * knows the caller and the roles.
 *
 * <p>Where the account has two-step sign-in on, or its role requires it (SecondFactorService), a right password does
 * not sign in: the session keeps "the password of X passed at T" for a few minutes ({@link PasswordPassed}), and the
 * sign-in page sends the person on to type their code (SignInCodeBacking) or to set two-step sign-in up
 * (TwoStepBacking), which sign them in (SecondStepSession).
 *
 * <p>The caller is handed back exactly as the identity store named it, store id included: Open Liberty takes the
 * store id as the caller's realm and keeps the session to the user of the realm that first used it; a caller handed
 * back without it came from another realm, and the session was refused (SESN0008E).
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String SIGNED_IN = SignInMechanism.class.getName() + ".signedIn";

    /**
     * The caller and their roles as the identity store gave them at sign-in; {@code identityStore} is the store's id
     * (null where the server names none, and for a sign-in through the trust, which no identity store checks).
     */
    record SignedIn(String name, Set<String> groups, String identityStore) implements Serializable {
        SignedIn {
            groups = Set.copyOf(groups);
        }

        SignedIn(String name, Set<String> groups) {
            this(name, groups, null);
        }

        static SignedIn of(CredentialValidationResult result) {
            return new SignedIn(
                    result.getCallerPrincipal().getName(), result.getCallerGroups(), result.getIdentityStoreId());
        }

        /** The identity store's answer again, as the container was first told it. */
        CredentialValidationResult result() {
            return new CredentialValidationResult(identityStore, new CallerPrincipal(name), null, null, groups);
        }
    }

    static final String PASSWORD_PASSED = SignInMechanism.class.getName() + ".passwordPassed";

    /** Time to type the code after the password. */
    static final Duration CODE_TIME = Duration.ofMinutes(5);

    /** Time to set two-step sign-in up after the password: installing an app takes longer than typing a code. */
    static final Duration ENROL_TIME = Duration.ofMinutes(15);

    /**
     * A right password whose second step is still to come: who (as the identity store gave them), which step, until
     * when, and the page to land on afterwards (see ReturnAddress), if any.
     */
    record PasswordPassed(SignedIn who, SecondStep step, Instant until, String next) implements Serializable {

        PasswordPassed withNext(String page) {
            return new PasswordPassed(who, step, until, page);
        }
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LocalPasswords localPasswords;

    @EJB
    SecondFactorService secondFactors;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID
                    && request.getAttribute(TrustDirectoryIdentityStore.SIGNED_IN) == null
                    && !localPasswords.allows(result.getCallerPrincipal().getName())) {
                // The application's own password was right, but the operator has switched local passwords off.
                result = CredentialValidationResult.INVALID_RESULT;
            }
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                SignedIn who = SignedIn.of(result);
                HttpSession session = request.getSession();
                // The trust's directory is the trust's own sign-in, as its OpenID Connect provider is: no code here.
                SecondStep step = request.getAttribute(TrustDirectoryIdentityStore.SIGNED_IN) != null
                        ? SecondStep.NONE
                        : secondFactors.stepAfterPassword(who.name());
                if (step != SecondStep.NONE) {
                    // Not signed in yet: nothing of this request is the caller's, and no page opens to them.
                    session.removeAttribute(SIGNED_IN);
                    Duration time = step == SecondStep.ENROL ? ENROL_TIME : CODE_TIME;
                    session.setAttribute(
                            PASSWORD_PASSED,
                            new PasswordPassed(who, step, clock.instant().plus(time), null));
                    return context.doNothing();
                }
                session.removeAttribute(PASSWORD_PASSED);
                session.setAttribute(SIGNED_IN, who);
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.result());
        }
        if (context.isProtected()) {
            return context.redirect(baseUrl(request) + LOGIN_PAGE + returnTo(request));
        }
        return context.doNothing();
    }

    /**
     * "?next=..." naming the page a signed-out person opened, so that signing in lands there (SignInBacking checks
     * it again with ReturnAddress); nothing for a form post or ajax request, whose page must be opened afresh.
     */
    private static String returnTo(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("Faces-Request") != null) {
            return "";
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String next = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        return ReturnAddress.of(next)
                .filter(n -> !n.startsWith("/index.xhtml"))
                .map(n -> "?next=" + URLEncoder.encode(n, StandardCharsets.UTF_8))
                .orElse("");
    }

    /** scheme://host:port/context, as the request reached us (Payara maps the scheme from X-Forwarded-Proto). */
    static String baseUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
