package org.learningsets.ejb.security.trust;

import java.util.Set;
import org.learningsets.model.security.Role;

/** What a sign-in through the trust's provider comes to: signed in as an account, or refused and why. */
public record TrustSignInResult(Outcome outcome, String email, Set<Role> roles) {

    public enum Outcome {
        SIGNED_IN,
        /** No account matches: the person is not on a programme yet (nothing says who does exist). */
        NOT_KNOWN,
        /** The matching account is disabled, whatever the provider says. */
        DISABLED
    }

    public TrustSignInResult {
        roles = Set.copyOf(roles);
    }

    static TrustSignInResult signedIn(String email, Set<Role> roles) {
        return new TrustSignInResult(Outcome.SIGNED_IN, email, roles);
    }

    static TrustSignInResult refused(Outcome why) {
        return new TrustSignInResult(why, null, Set.of());
    }
}
