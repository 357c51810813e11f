package org.learningsets.ejb.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.platform.ConfigKeys;
import org.learningsets.ejb.platform.LogText;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Account;
import org.learningsets.model.security.RecoveryCode;
import org.learningsets.model.security.Role;
import org.learningsets.model.security.SecondFactorEvent;
import org.learningsets.model.security.SecondFactorEventKind;

/**
 * Two-step sign-in (TOTP, RFC 6238) for accounts that sign in with a password. Required for the roles of
 * LEARNINGSETS_SECOND_FACTOR_REQUIRED_ROLES (programme leads by default), except demo accounts, whose passwords are
 * published and which only work in demo mode; optional for everyone else. Sign-in through the trust's provider does
 * not use it: the provider does its own multi-factor sign-in.
 *
 * <p>The methods "at sign-in" are called before anyone is signed in, with the address whose password the sign-in
 * mechanism has just accepted (the web module keeps it in the session for a few minutes); the others act on the
 * signed-in caller's own account. Enrolment keeps nothing until the person has typed a right code from their app.
 */
@Stateless
@PermitAll
public class SecondFactorService {

    /** The one answer to every wrong code at enrolment or when turning it off. */
    public static final String CODE_NOT_RIGHT = "That code is not right. Type the six digits your app shows now.";

    static final String ISSUER = "Learning Sets";

    private static final Pattern NONE = Pattern.compile("none|NONE");

    private static final Logger LOG = Logger.getLogger(SecondFactorService.class.getName());

    /** A new secret to show, not yet stored; {@code accountName} is what the app will show beside the codes. */
    public record Enrolment(String secret, String otpauthUri, String accountName) implements Serializable {}

    /** The caller's two-step sign-in as their page shows it. */
    public record Status(boolean on, Instant since, long recoveryCodesLeft, boolean required) implements Serializable {}

    /** The answer to a code typed at sign-in: passed or not, and whether it was a recovery code. */
    public record CodeCheck(boolean passed, boolean recoveryCode, long recoveryCodesLeft) implements Serializable {

        static final CodeCheck REFUSED = new CodeCheck(false, false, 0);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    Callers callers;

    @Inject
    @ConfigProperty(name = ConfigKeys.SECOND_FACTOR_REQUIRED_ROLES, defaultValue = "ADMIN")
    String requiredRoles;

    /** What the person whose password was right must still do. */
    public SecondStep stepAfterPassword(@NotNull String email) {
        return enabledAccount(email).map(this::step).orElse(SecondStep.NONE);
    }

    /** A new secret for someone signing in who must enrol; nothing is stored until they confirm it. */
    public Enrolment newEnrolmentAtSignIn(@NotNull String email) {
        return enrolment(enabledAccount(email).orElseThrow(SecondFactorService::notRight));
    }

    /** Turns two-step sign-in on at sign-in, with the secret shown and a code from the app; the recovery codes. */
    public List<String> enrolAtSignIn(
            @NotNull String email,
            @NotNull String secret,
            @NotNull @Size(max = FieldLengths.SIGN_IN_CODE) String code) {
        return enrol(enabledAccount(email).orElseThrow(SecondFactorService::notRight), secret, code);
    }

    /**
     * Checks a code typed at sign-in: a code from the app (this time step or one either side, later than the last
     * one accepted) or an unused recovery code, which is then spent. A refusal says nothing about why.
     */
    public CodeCheck checkAtSignIn(@NotNull String email, @NotNull @Size(max = FieldLengths.SIGN_IN_CODE) String code) {
        Optional<Account> found = enabledAccount(email).filter(Account::hasSecondFactor);
        if (found.isEmpty()) {
            return CodeCheck.REFUSED;
        }
        Account account = found.get();
        // Two submissions of one code at once: the second waits here, then finds its step used.
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        String recovery = RecoveryCodes.normalise(code);
        if (recovery != null) {
            Optional<RecoveryCode> unused = em.createNamedQuery("RecoveryCode.unusedByHash", RecoveryCode.class)
                    .setParameter("account", account)
                    .setParameter("hash", RecoveryCodes.hash(account.getId(), recovery))
                    .getResultStream()
                    .findFirst();
            if (unused.isEmpty()) {
                return CodeCheck.REFUSED;
            }
            unused.get().use(now);
            audit(account, account.getPerson(), SecondFactorEventKind.RECOVERY_CODE_USED);
            return new CodeCheck(true, true, recoveryCodesLeft(account));
        }
        OptionalLong step = TotpCodes.matchingStep(
                account.readSecondFactorSecret(cipher()), code, now, account.getSecondFactorLastStep());
        if (step.isEmpty()) {
            return CodeCheck.REFUSED;
        }
        account.secondFactorCodeUsed(step.getAsLong());
        return new CodeCheck(true, false, recoveryCodesLeft(account));
    }

    /** The caller's own two-step sign-in. */
    @RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME, Role.MEMBER_NAME})
    public Status mine() {
        Account account = callers.account();
        return new Status(
                account.hasSecondFactor(),
                account.getSecondFactorSince(),
                account.hasSecondFactor() ? recoveryCodesLeft(account) : 0,
                required(account));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME, Role.MEMBER_NAME})
    public Enrolment newEnrolmentForMe() {
        return enrolment(callers.account());
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME, Role.MEMBER_NAME})
    public List<String> enrolMe(@NotNull String secret, @NotNull @Size(max = FieldLengths.SIGN_IN_CODE) String code) {
        return enrol(callers.account(), secret, code);
    }

    /** Turns the caller's two-step sign-in off, after a code from their app; not where their role requires it. */
    @RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME, Role.MEMBER_NAME})
    public void turnOffMine(@NotNull @Size(max = FieldLengths.SIGN_IN_CODE) String code) {
        Account account = callers.account();
        if (!account.hasSecondFactor()) {
            throw new StateException("Two-step sign-in is already off.");
        }
        if (required(account)) {
            throw new StateException("Programme leads keep two-step sign-in on. If you have lost your phone, sign in "
                    + "with a recovery code, or ask another programme lead to reset it.");
        }
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        OptionalLong step = TotpCodes.matchingStep(
                account.readSecondFactorSecret(cipher()), code, clock.instant(), account.getSecondFactorLastStep());
        if (step.isEmpty()) {
            throw notRight();
        }
        turnOff(em, account);
        audit(account, account.getPerson(), SecondFactorEventKind.TURNED_OFF);
    }

    /** Removes an account's secret and recovery codes (the person turning it off, or an administrator's reset). */
    static void turnOff(EntityManager em, Account account) {
        account.turnOffSecondFactor();
        em.createNamedQuery("RecoveryCode.deleteOfAccount")
                .setParameter("account", account)
                .executeUpdate();
    }

    /** Whether the account's roles require two-step sign-in; demo accounts never do. */
    boolean required(Account account) {
        return !account.isDemo() && account.getRoles().stream().anyMatch(requiredRoles(requiredRoles)::contains);
    }

    /**
     * The roles named in the setting (comma-separated role names, as the groups are spelt: ADMIN, FACILITATOR,
     * MEMBER; or none); a name that is no role is refused rather than ignored, so a typing mistake cannot quietly drop
     * the rule.
     */
    static Set<Role> requiredRoles(String setting) {
        String text = setting == null ? "" : setting.strip();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (NONE.matcher(text).matches()) {
            return roles;
        }
        for (String name : text.split(",")) {
            String role = name.strip();
            if (role.isEmpty()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                        ConfigKeys.SECOND_FACTOR_REQUIRED_ROLES + " names \"" + role + "\", which is not a role; use "
                                + Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "))
                                + " or none.",
                        e);
            }
        }
        return roles;
    }

    private SecondStep step(Account account) {
        if (account.hasSecondFactor()) {
            return SecondStep.CODE;
        }
        return required(account) ? SecondStep.ENROL : SecondStep.NONE;
    }

    private Enrolment enrolment(Account account) {
        if (account.hasSecondFactor()) {
            throw new StateException("Two-step sign-in is already on for this account.");
        }
        String secret = TotpCodes.newSecret();
        String name = account.getPerson().getEmail();
        return new Enrolment(secret, TotpCodes.otpauthUri(ISSUER, name, secret), name);
    }

    private List<String> enrol(Account account, String secret, String code) {
        if (account.hasSecondFactor()) {
            throw new StateException("Two-step sign-in is already on for this account.");
        }
        if (!TotpCodes.isSecret(secret)) {
            throw new InvalidInputException("This set-up has expired. Start again.");
        }
        Instant now = clock.instant();
        OptionalLong step = TotpCodes.matchingStep(secret, code, now, Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw notRight();
        }
        account.turnOnSecondFactor(secret, step.getAsLong(), now, cipher());
        em.createNamedQuery("RecoveryCode.deleteOfAccount")
                .setParameter("account", account)
                .executeUpdate();
        List<String> codes = RecoveryCodes.newCodes();
        for (String recovery : codes) {
            em.persist(new RecoveryCode(
                    account, RecoveryCodes.hash(account.getId(), RecoveryCodes.normalise(recovery)), now));
        }
        audit(account, account.getPerson(), SecondFactorEventKind.ENROLLED);
        return codes;
    }

    private long recoveryCodesLeft(Account account) {
        return em.createNamedQuery("RecoveryCode.countUnused", Long.class)
                .setParameter("account", account)
                .getSingleResult();
    }

    private void audit(Account account, Person actor, SecondFactorEventKind kind) {
        em.persist(new SecondFactorEvent(account, actor, kind, clock.instant()));
        LOG.info(() -> LogText.oneLine(
                "Two-step sign-in of " + account.getPerson().getEmail() + ": " + kind + " by " + actor.getEmail()));
    }

    private Optional<Account> enabledAccount(String email) {
        return em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .filter(Account::isEnabled)
                .findFirst();
    }

    private TextCipher cipher() {
        return keys.cipher();
    }

    private static InvalidInputException notRight() {
        return new InvalidInputException(CODE_NOT_RIGHT);
    }
}
