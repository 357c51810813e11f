package org.learningsets.ejb.security.trust;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.learningsets.ejb.platform.ConfigKeys;
import org.learningsets.ejb.platform.LogText;
import org.learningsets.model.security.Account;
import org.learningsets.model.security.Role;

/**
 * Sign-in through the trust's provider: finds the account of the person the provider names. The first time, by the
 * verified email address (without case, and at the trust's alias domains) of a person a programme lead imported or
 * invited, and the account then remembers the provider's id for them; from then on by that id alone. Nobody is
 * created here, and a disabled account stays out whatever the provider says.
 */
// Called by the web module's sign-in callback after it validated the provider's ID token, before anyone is signed in.
@PermitAll
@Stateless
public class TrustSignInService {

    private static final Logger LOG = Logger.getLogger(TrustSignInService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = ConfigKeys.EMAIL_DOMAIN_ALIASES)
    Optional<String> aliasDomains;

    public TrustSignInResult signIn(TrustIdentity who) {
        Optional<Account> linked = em.createNamedQuery("Account.findByTrustSubject", Account.class)
                .setParameter("issuer", who.issuer())
                .setParameter("subject", who.subject())
                .getResultStream()
                .findFirst();
        Account account;
        if (linked.isPresent()) {
            account = linked.get();
        } else {
            Optional<Account> byEmail = byVerifiedEmail(who);
            if (byEmail.isEmpty()) {
                return TrustSignInResult.refused(TrustSignInResult.Outcome.NOT_KNOWN);
            }
            account = byEmail.get();
            if (account.isEnabled()) {
                account.linkTrustSubject(who.issuer(), who.subject(), clock.instant());
                LOG.info(() -> LogText.oneLine("Linked the account of "
                        + account.getPerson().getEmail() + " to its sign-in at " + who.issuer()));
            }
        }
        if (!account.isEnabled()) {
            return TrustSignInResult.refused(TrustSignInResult.Outcome.DISABLED);
        }
        account.signedIn(clock.instant());
        Set<Role> roles = EnumSet.copyOf(account.getRoles());
        if (who.programmeLead()) {
            roles.add(Role.ADMIN);
        }
        return TrustSignInResult.signedIn(account.getPerson().getEmail(), roles);
    }

    /**
     * The one account at the person's verified address (or an alias of it) that no other sign-in of the trust has
     * claimed; none when the address is unverified, matches nobody, or matches more than one account.
     */
    private Optional<Account> byVerifiedEmail(TrustIdentity who) {
        if (who.email() == null || !who.emailVerified()) {
            return Optional.empty();
        }
        Set<String> candidates = TrustEmails.candidates(who.email(), TrustEmails.domains(aliasDomains.orElse(null)));
        List<Account> accounts = em.createNamedQuery("Account.findByEmails", Account.class)
                .setParameter("emails", candidates)
                .getResultList();
        if (accounts.size() != 1) {
            if (accounts.size() > 1) {
                LOG.warning(() -> LogText.oneLine("A sign-in at " + who.issuer() + " matches " + accounts.size()
                        + " accounts by its email's aliases; none was linked."));
            }
            return Optional.empty();
        }
        Account account = accounts.get(0);
        if (account.isLinkedToTrust()) {
            LOG.warning(() -> LogText.oneLine("A sign-in at " + who.issuer() + " names the email of an account "
                    + "already linked to another sign-in; it was refused."));
            return Optional.empty();
        }
        return Optional.of(account);
    }
}
