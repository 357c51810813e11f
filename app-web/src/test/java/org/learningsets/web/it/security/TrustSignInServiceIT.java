package org.learningsets.web.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.ejb.security.trust.TrustIdentity;
import org.learningsets.ejb.security.trust.TrustSignInResult;
import org.learningsets.ejb.security.trust.TrustSignInResult.Outcome;
import org.learningsets.ejb.security.trust.TrustSignInService;
import org.learningsets.model.security.Role;
import org.learningsets.web.it.container.Fixtures;
import org.learningsets.web.it.container.Fixtures.TestPerson;

/**
 * Sign-in through the trust's provider on the service: the first time by a verified email (any case, or at one of
 * the trust's alias domains, LEARNINGSETS_EMAIL_DOMAIN_ALIASES=example.org,example.nhs.uk in the test server), then
 * by the provider's id alone; every refusal: an unverified or unknown address, a disabled account, an account another
 * id of the provider has already claimed. Nobody is created.
 */
@ExtendWith(ArquillianExtension.class)
class TrustSignInServiceIT {

    private static final String TRUST = "https://login.example.nhs.uk/trust/v2.0";

    @Inject
    Fixtures fixtures;

    @Inject
    TrustSignInService signIns;

    private static String subject() {
        return "subject-" + UUID.randomUUID();
    }

    @Test
    void theFirstSignInLinksByVerifiedEmailAndLaterOnesByTheProvidersIdAlone() {
        TestPerson member = fixtures.person("Trust Member", Role.MEMBER);
        String id = subject();

        TrustSignInResult first =
                signIns.signIn(new TrustIdentity(TRUST, id, member.email().toUpperCase(Locale.ROOT), true, false));
        assertEquals(Outcome.SIGNED_IN, first.outcome());
        assertEquals(member.email(), first.email(), "the account's own address, whatever the case the provider used");
        assertEquals(Set.of(Role.MEMBER), first.roles());

        // Later the provider sends another address (or none): the provider's id decides.
        TrustSignInResult later =
                signIns.signIn(new TrustIdentity(TRUST, id, "renamed@elsewhere.example", false, false));
        assertEquals(Outcome.SIGNED_IN, later.outcome());
        assertEquals(member.email(), later.email());
    }

    @Test
    void anAddressAtAnAliasDomainFindsThePerson() {
        TestPerson member = fixtures.person("Alias Member", Role.MEMBER);
        String atAlias = member.email().replace("@example.org", "@Example.NHS.uk");

        TrustSignInResult result = signIns.signIn(new TrustIdentity(TRUST, subject(), atAlias, true, false));

        assertEquals(Outcome.SIGNED_IN, result.outcome());
        assertEquals(member.email(), result.email());
    }

    @Test
    void anUnverifiedOrUnknownAddressIsNotKnownAndNothingIsCreated() {
        TestPerson member = fixtures.person("Unverified Member", Role.MEMBER);

        TrustSignInResult unverified =
                signIns.signIn(new TrustIdentity(TRUST, subject(), member.email(), false, false));
        assertEquals(Outcome.NOT_KNOWN, unverified.outcome());
        assertNull(unverified.email());

        String stranger = "stranger." + UUID.randomUUID() + "@example.org";
        String strangerId = subject();
        assertEquals(
                Outcome.NOT_KNOWN,
                signIns.signIn(new TrustIdentity(TRUST, strangerId, stranger, true, false))
                        .outcome());
        assertEquals(
                Outcome.NOT_KNOWN,
                signIns.signIn(new TrustIdentity(TRUST, strangerId, stranger, true, false))
                        .outcome(),
                "the first attempt created no account");
        assertEquals(
                Outcome.NOT_KNOWN,
                signIns.signIn(new TrustIdentity(TRUST, subject(), null, true, false))
                        .outcome());
    }

    @Test
    void aDisabledAccountStaysOutWhateverTheProviderSays() {
        TestPerson member = fixtures.person("Disabled Member", Role.MEMBER);
        String id = subject();
        assertEquals(
                Outcome.SIGNED_IN,
                signIns.signIn(new TrustIdentity(TRUST, id, member.email(), true, false))
                        .outcome());

        fixtures.disableAccount(member.email());

        assertEquals(
                Outcome.DISABLED,
                signIns.signIn(new TrustIdentity(TRUST, id, member.email(), true, true))
                        .outcome(),
                "linked, by the provider's id, even as a programme lead");
        TestPerson other = fixtures.person("Disabled Before Linking", Role.MEMBER);
        fixtures.disableAccount(other.email());
        assertEquals(
                Outcome.DISABLED,
                signIns.signIn(new TrustIdentity(TRUST, subject(), other.email(), true, false))
                        .outcome(),
                "not yet linked");
    }

    @Test
    void anAccountLinkedToOneIdOfTheProviderIsNotHandedToAnother() {
        TestPerson member = fixtures.person("Claimed Member", Role.MEMBER);
        String id = subject();
        assertEquals(
                Outcome.SIGNED_IN,
                signIns.signIn(new TrustIdentity(TRUST, id, member.email(), true, false))
                        .outcome());

        assertEquals(
                Outcome.NOT_KNOWN,
                signIns.signIn(new TrustIdentity(TRUST, subject(), member.email(), true, false))
                        .outcome());
        assertEquals(
                Outcome.SIGNED_IN,
                signIns.signIn(new TrustIdentity(TRUST, id, member.email(), true, false))
                        .outcome(),
                "the first id still signs in");
    }

    @Test
    void theConfiguredClaimMakesSomeoneAProgrammeLeadForTheSession() {
        TestPerson facilitator = fixtures.person("Claim Lead", Role.FACILITATOR);
        String id = subject();

        TrustSignInResult lead = signIns.signIn(new TrustIdentity(TRUST, id, facilitator.email(), true, true));
        assertEquals(Set.of(Role.FACILITATOR, Role.ADMIN), lead.roles());

        TrustSignInResult notLead = signIns.signIn(new TrustIdentity(TRUST, id, facilitator.email(), true, false));
        assertEquals(
                Set.of(Role.FACILITATOR), notLead.roles(), "taken away in the directory, gone at the next sign-in");
    }
}
