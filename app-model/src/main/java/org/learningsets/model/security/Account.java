package org.learningsets.model.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.FlagConverter;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.EncryptedText;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.person.Person;

/**
 * How a person signs in: a password hash (never the password) and roles. Demo accounts are marked so that they
 * are usable only while the application runs in demo mode. With two-step sign-in on, the account also holds its
 * TOTP secret, encrypted with the data keys (a copy of the database alone yields no codes), and the last time step a
 * code was accepted for, so no code is accepted twice.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByEmail", query = "select a from Account a where a.person.email = :email")
// The signed-in caller, asked for by most service calls: the person in the same statement, the roles only when
// asked for. Not the roles here too: Derby reads a left join of every account and its roles before it looks at the
// e-mail address (15,000 accounts a call on the large data set).
@NamedQuery(
        name = "Account.callerOfEmail",
        query = "select a from Account a join fetch a.person where a.person.email = :email")
@NamedQuery(
        name = "Account.activityOfEnrolled",
        query =
                "select new org.learningsets.model.security.AccountActivity(a.person.id, a.lastSignedInAt) from Account a where a.person.id in (select e.person.id from Enrolment e where e.programme = :programme)")
@NamedQuery(
        name = "Account.activityOfMembers",
        query =
                "select new org.learningsets.model.security.AccountActivity(a.person.id, a.lastSignedInAt) from Account a where a.person.id in (select m.person.id from Membership m where m.set.programme = :programme)")
@NamedQuery(name = "Account.count", query = "select count(a) from Account a")
@NamedQuery(name = "Account.findByEmails", query = "select a from Account a where a.person.email in :emails")
@NamedQuery(
        name = "Account.findByTrustSubject",
        query = "select a from Account a where a.trustIssuer = :issuer and a.trustSubject = :subject")
@NamedQuery(
        name = "Account.lookOfEnabledEmail",
        query =
                "select new org.learningsets.model.person.AccessibilityPreferences(p.colourScheme, p.textSize) from Account a join a.person p where p.email = :email and a.enabled = true")
@NamedQuery(
        name = "Account.search",
        query =
                "select a from Account a join fetch a.person where lower(a.person.email) like :words or lower(a.person.fullName) like :words order by a.person.fullName, a.person.email")
@NamedQuery(name = "Account.setDemoEnabled", query = "update Account a set a.enabled = :enabled where a.demo = :demo")
public class Account extends EditableEntity implements EncryptedText {

    private static final String TOTP_SECRET = "account.totp_secret:";

    @NotNull
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false, unique = true)
    private Person person;

    @NotNull
    @Column(name = "password_hash", length = FieldLengths.PASSWORD_HASH, nullable = false)
    private String passwordHash;

    @Convert(converter = FlagConverter.class)
    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Convert(converter = FlagConverter.class)
    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Null until the first sign-in: an invited person who has never come in. */
    @Column(name = "last_signed_in_at")
    private Instant lastSignedInAt;

    /** The trust's sign-in provider (OpenID Connect issuer) and its id for this person, once linked. */
    @Column(name = "trust_issuer", length = FieldLengths.TRUST_ISSUER)
    private String trustIssuer;

    @Column(name = "trust_subject", length = FieldLengths.TRUST_SUBJECT)
    private String trustSubject;

    @Column(name = "trust_linked_at")
    private Instant trustLinkedAt;

    /** The TOTP secret (Base32) in TextCipher's stored form; null while two-step sign-in is off. */
    @Column(name = "totp_secret", length = FieldLengths.TOTP_SECRET_STORED)
    private String totpSecret;

    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    /** The time step (RFC 6238) of the last code accepted; a code of this step or an earlier one is refused. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    // Read when asked for: most calls want the caller's person, not the roles (Account.callerOfEmail).
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", length = 20, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {}

    public Account(Person person, String passwordHash, Set<Role> roles, boolean demo, Instant createdAt) {
        this.person = Checks.required(person, "Person");
        changePasswordHash(passwordHash);
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("An account needs at least one role.");
        }
        this.roles = EnumSet.copyOf(roles);
        this.demo = demo;
        this.createdAt = Checks.required(createdAt, "Creation time");
    }

    public final void changePasswordHash(String newHash) {
        this.passwordHash = Checks.text(newHash, "Password hash", FieldLengths.PASSWORD_HASH);
    }

    public void grant(Role role) {
        roles.add(Checks.required(role, "Role"));
    }

    /** Takes a role away; an account keeps at least one. */
    public void revoke(Role role) {
        Checks.required(role, "Role");
        if (roles.contains(role) && roles.size() == 1) {
            throw new StateException("An account needs at least one role; disable the account instead.");
        }
        roles.remove(role);
    }

    public void signedIn(Instant when) {
        this.lastSignedInAt = Checks.required(when, "Sign-in time");
    }

    /**
     * Remembers the trust's provider and its id for this person, so later sign-ins find the account by them. An
     * account linked to another id of the same provider is not re-linked: that would hand it to someone else.
     */
    public void linkTrustSubject(String issuer, String subject, Instant when) {
        String checkedIssuer = Checks.text(issuer, "Issuer", FieldLengths.TRUST_ISSUER);
        String checkedSubject = Checks.text(subject, "Subject", FieldLengths.TRUST_SUBJECT);
        if (isLinkedToTrust() && !(trustIssuer.equals(checkedIssuer) && trustSubject.equals(checkedSubject))) {
            throw new StateException("This account is already linked to another sign-in of the trust.");
        }
        this.trustIssuer = checkedIssuer;
        this.trustSubject = checkedSubject;
        this.trustLinkedAt = Checks.required(when, "Link time");
    }

    public boolean isLinkedToTrust() {
        return trustSubject != null;
    }

    /**
     * Turns two-step sign-in on with this secret (Base32 text); {@code confirmedStep} is the time step of the code that
     * confirmed it, which therefore cannot be used again.
     */
    public void turnOnSecondFactor(String base32Secret, long confirmedStep, Instant when, TextCipher cipher) {
        Checks.required(cipher, "Cipher");
        if (hasSecondFactor()) {
            throw new StateException("Two-step sign-in is already on for this account.");
        }
        this.totpSecret =
                cipher.encrypt(Checks.text(base32Secret, "Secret", FieldLengths.TOTP_SECRET), TOTP_SECRET + getId());
        this.totpEnabledAt = Checks.required(when, "When");
        this.totpLastStep = confirmedStep;
    }

    /** Turns two-step sign-in off (by the person, or reset by an administrator): the secret is gone. */
    public void turnOffSecondFactor() {
        this.totpSecret = null;
        this.totpEnabledAt = null;
        this.totpLastStep = null;
    }

    public boolean hasSecondFactor() {
        return totpEnabledAt != null;
    }

    public Instant getSecondFactorSince() {
        return totpEnabledAt;
    }

    /** The secret as Base32 text; only while two-step sign-in is on. */
    public String readSecondFactorSecret(TextCipher cipher) {
        if (!hasSecondFactor()) {
            throw new StateException("Two-step sign-in is off for this account.");
        }
        return cipher.decrypt(totpSecret, TOTP_SECRET + getId());
    }

    /** The last time step a code was accepted for; Long.MIN_VALUE when none was. */
    public long getSecondFactorLastStep() {
        return totpLastStep == null ? Long.MIN_VALUE : totpLastStep;
    }

    /** Records that a code of this time step was accepted; the same step or an earlier one is a replay. */
    public void secondFactorCodeUsed(long step) {
        if (step <= getSecondFactorLastStep()) {
            throw new StateException("This code was used already.");
        }
        this.totpLastStep = step;
    }

    @Override
    public boolean reEncrypt(TextCipher cipher) {
        if (totpSecret != null && cipher.needsReEncryption(totpSecret)) {
            totpSecret = cipher.reEncrypt(totpSecret, TOTP_SECRET + getId());
            return true;
        }
        return false;
    }

    public Instant getTrustLinkedAt() {
        return trustLinkedAt;
    }

    public Instant getLastSignedInAt() {
        return lastSignedInAt;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public Person getPerson() {
        return person;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
