package org.learningsets.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.learningsets.ejb.platform.LogText;
import org.learningsets.ejb.security.trust.TrustIdentity;
import org.learningsets.ejb.security.trust.TrustSignInResult;
import org.learningsets.ejb.security.trust.TrustSignInService;
import org.learningsets.model.security.Role;

/**
 * The sign-in form checked against the trust's directory (TrustDirectory), before the application's own accounts
 * (SecurityConfiguration): a name and password the directory accepts sign in the account a programme lead imported
 * or invited, found as a sign-in through the trust's provider finds it (TrustSignInService: by the directory's id
 * once linked, the first time by the entry's email address). Nobody is created. When the directory says no, or
 * cannot be asked, the application's own accounts are asked next, so local accounts keep working.
 */
@ApplicationScoped
public class TrustDirectoryIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(TrustDirectoryIdentityStore.class.getName());

    /** Set on the request when the directory knew the person but the application did not sign them in, and why. */
    static final String REFUSED = TrustDirectoryIdentityStore.class.getName() + ".refused";

    /** Set on the request when the directory signed the person in (not the application's own password). */
    static final String SIGNED_IN = TrustDirectoryIdentityStore.class.getName() + ".signedIn";

    /** Before the database's store (70, Jakarta Security's default). */
    private static final int PRIORITY = 10;

    @Inject
    TrustDirectory directory;

    @EJB
    TrustSignInService signIns;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential typed) || !directory.isEnabled()) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<TrustIdentity> who;
        try {
            who = directory.signIn(typed.getCaller(), typed.getPasswordAsString());
        } catch (TrustDirectory.Unavailable e) {
            LOG.warning(LogText.oneLine(e.getMessage()));
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (who.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        TrustSignInResult result = signIns.signIn(who.get());
        if (result.outcome() != TrustSignInResult.Outcome.SIGNED_IN) {
            request.setAttribute(REFUSED, result.outcome());
            return CredentialValidationResult.INVALID_RESULT;
        }
        request.setAttribute(SIGNED_IN, Boolean.TRUE);
        return new CredentialValidationResult(
                result.email(), result.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    @Override
    public int priority() {
        return PRIORITY;
    }
}
