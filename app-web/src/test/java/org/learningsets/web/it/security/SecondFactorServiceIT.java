package org.learningsets.web.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.ejb.security.AccountAdminService;
import org.learningsets.ejb.security.RecoveryCodes;
import org.learningsets.ejb.security.SecondFactorService;
import org.learningsets.ejb.security.SecondFactorService.CodeCheck;
import org.learningsets.ejb.security.SecondFactorService.Enrolment;
import org.learningsets.ejb.security.SecondFactorService.Status;
import org.learningsets.ejb.security.SecondStep;
import org.learningsets.ejb.security.TotpCodes;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.security.Role;
import org.learningsets.model.security.SecondFactorEventKind;
import org.learningsets.model.security.SecondFactorEventRow;
import org.learningsets.web.it.container.AsAdmin;
import org.learningsets.web.it.container.AsMember;
import org.learningsets.web.it.container.Fixtures;
import org.learningsets.web.it.container.Fixtures.TestPerson;
import org.learningsets.web.it.container.SettableClock;

/**
 * Two-step sign-in on the service: who must set it up (programme leads, not demo accounts, not members), setting it
 * up at sign-in and from one's own page, codes at sign-in (one step either side, never the same step twice, nothing
 * older), recovery codes (each once), turning it off, an administrator's reset for a lost phone, and the audit.
 * Codes are computed here as an authenticator app would, from the secret the service showed.
 */
@ExtendWith(ArquillianExtension.class)
class SecondFactorServiceIT {

    private static final String DEMO_LEAD = "programme.lead@example.org";

    @Inject
    Fixtures fixtures;

    @Inject
    SecondFactorService secondFactors;

    @Inject
    AccountAdminService accounts;

    @Inject
    AsAdmin admin;

    @Inject
    AsMember member;

    @Inject
    SettableClock clock;

    private long now() {
        return TotpCodes.stepAt(clock.instant());
    }

    /** A programme lead who has set two-step sign-in up at sign-in; the secret and the recovery codes. */
    private record Enrolled(TestPerson person, String secret, long step, List<String> recoveryCodes) {}

    private Enrolled leadWithSecondFactor(String name) {
        TestPerson lead = fixtures.person(name, Role.ADMIN);
        Enrolment enrolment = secondFactors.newEnrolmentAtSignIn(lead.email());
        long step = now();
        List<String> codes = secondFactors.enrolAtSignIn(
                lead.email(), enrolment.secret(), TotpCodes.codeFor(enrolment.secret(), step));
        return new Enrolled(lead, enrolment.secret(), step, codes);
    }

    @Test
    void programmeLeadsMustSetItUpButNotDemoAccountsOrMembers() {
        TestPerson lead = fixtures.person("Required Lead", Role.ADMIN, Role.FACILITATOR);
        TestPerson memberPerson = fixtures.person("Optional Member", Role.MEMBER);
        assertEquals(SecondStep.ENROL, secondFactors.stepAfterPassword(lead.email()));
        assertEquals(
                SecondStep.ENROL, secondFactors.stepAfterPassword(lead.email().toUpperCase(Locale.ROOT)));
        assertEquals(SecondStep.NONE, secondFactors.stepAfterPassword(memberPerson.email()));
        assertEquals(SecondStep.NONE, secondFactors.stepAfterPassword(DEMO_LEAD), "demo accounts are exempt");
        assertEquals(SecondStep.NONE, secondFactors.stepAfterPassword("nobody@example.org"));
    }

    @Test
    void settingUpAtSignInNeedsARightCodeAndThenEveryCodeWorksOnce() {
        TestPerson lead = fixtures.person("Enrolling Lead", Role.ADMIN);
        Enrolment enrolment = secondFactors.newEnrolmentAtSignIn(lead.email());
        assertTrue(enrolment.otpauthUri().startsWith("otpauth://totp/Learning%20Sets:"), enrolment.otpauthUri());
        assertTrue(enrolment.otpauthUri().contains("secret=" + enrolment.secret()));
        assertNotEquals(
                enrolment.secret(),
                secondFactors.newEnrolmentAtSignIn(lead.email()).secret());

        long step = now();
        String wrong = TotpCodes.codeFor(enrolment.secret(), step + 5);
        assertThrows(
                InvalidInputException.class,
                () -> secondFactors.enrolAtSignIn(lead.email(), enrolment.secret(), wrong),
                "a wrong code sets nothing up");
        assertEquals(SecondStep.ENROL, secondFactors.stepAfterPassword(lead.email()));
        assertThrows(
                InvalidInputException.class,
                () -> secondFactors.enrolAtSignIn(lead.email(), "NOT-A-SECRET", "123456"),
                "a tampered secret");

        String first = TotpCodes.codeFor(enrolment.secret(), step);
        List<String> recovery = secondFactors.enrolAtSignIn(lead.email(), enrolment.secret(), first);
        assertEquals(10, recovery.size());
        assertEquals(SecondStep.CODE, secondFactors.stepAfterPassword(lead.email()));
        assertThrows(
                StateException.class,
                () -> secondFactors.newEnrolmentAtSignIn(lead.email()),
                "no second secret over the first");

        assertFalse(secondFactors.checkAtSignIn(lead.email(), first).passed(), "the confirming code is spent");
        String next = TotpCodes.codeFor(enrolment.secret(), step + 1);
        CodeCheck passed = secondFactors.checkAtSignIn(lead.email(), next);
        assertTrue(passed.passed() && !passed.recoveryCode(), "the next step's code");
        assertFalse(secondFactors.checkAtSignIn(lead.email(), next).passed(), "replayed");
        assertFalse(
                secondFactors
                        .checkAtSignIn(lead.email(), TotpCodes.codeFor(enrolment.secret(), step))
                        .passed(),
                "an older code after a newer one");
        assertFalse(
                secondFactors
                        .checkAtSignIn(lead.email(), TotpCodes.codeFor(enrolment.secret(), step + 4))
                        .passed(),
                "a code of two minutes ahead");
        assertFalse(secondFactors.checkAtSignIn(lead.email(), "").passed());
        assertFalse(secondFactors.checkAtSignIn(lead.email(), "not a code").passed());
    }

    @Test
    void codesOutsideOneStepEitherSideAreRefusedAndTheClockDecides() {
        Enrolled lead = leadWithSecondFactor("Clock Lead");
        try {
            clock.moveAhead(Duration.ofMinutes(10));
            long later = now();
            assertFalse(
                    secondFactors
                            .checkAtSignIn(lead.person().email(), TotpCodes.codeFor(lead.secret(), lead.step() + 1))
                            .passed(),
                    "expired: typed ten minutes too late");
            assertFalse(
                    secondFactors
                            .checkAtSignIn(lead.person().email(), TotpCodes.codeFor(lead.secret(), later - 2))
                            .passed(),
                    "a minute old");
            assertTrue(secondFactors
                    .checkAtSignIn(lead.person().email(), TotpCodes.codeFor(lead.secret(), later - 1))
                    .passed());
        } finally {
            clock.reset();
        }
    }

    @Test
    void eachRecoveryCodeWorksOnceInAnyCaseAndOnlyForItsAccount() {
        Enrolled lead = leadWithSecondFactor("Recovering Lead");
        Enrolled other = leadWithSecondFactor("Other Lead");
        String code = lead.recoveryCodes().get(3);

        assertFalse(
                secondFactors.checkAtSignIn(other.person().email(), code).passed(), "another account's recovery code");
        CodeCheck used = secondFactors.checkAtSignIn(lead.person().email(), code.toUpperCase(Locale.ROOT));
        assertTrue(used.passed() && used.recoveryCode());
        assertEquals(9, used.recoveryCodesLeft());
        assertFalse(secondFactors.checkAtSignIn(lead.person().email(), code).passed(), "used once already");
        assertFalse(
                secondFactors
                        .checkAtSignIn(lead.person().email(), code.replace("-", ""))
                        .passed(),
                "in another form");
        String tampered = code.substring(0, code.length() - 1) + (code.endsWith("a") ? "b" : "a");
        assertFalse(secondFactors.checkAtSignIn(lead.person().email(), tampered).passed());
        assertTrue(RecoveryCodes.normalise(tampered) != null, "still in the form of a recovery code");
    }

    @Test
    void aDisabledAccountGetsNoCodeAccepted() {
        Enrolled lead = leadWithSecondFactor("Disabled Lead");
        fixtures.disableAccount(lead.person().email());
        assertFalse(secondFactors
                .checkAtSignIn(lead.person().email(), TotpCodes.codeFor(lead.secret(), lead.step() + 1))
                .passed());
        assertFalse(secondFactors
                .checkAtSignIn(lead.person().email(), lead.recoveryCodes().get(0))
                .passed());
        assertEquals(
                SecondStep.NONE, secondFactors.stepAfterPassword(lead.person().email()));
    }

    @Test
    void aMemberTurnsItOnAndOffAfterACodeWhileALeadKeepsIt() throws Exception {
        TestPerson amy = fixtures.person("Optional Amy", Role.MEMBER);
        Status off = member.as(amy.email(), () -> secondFactors.mine());
        assertFalse(off.on() || off.required());

        Enrolment enrolment = member.as(amy.email(), () -> secondFactors.newEnrolmentForMe());
        long step = now();
        List<String> recovery = member.as(
                amy.email(),
                () -> secondFactors.enrolMe(enrolment.secret(), TotpCodes.codeFor(enrolment.secret(), step)));
        assertEquals(10, recovery.size());
        Status on = member.as(amy.email(), () -> secondFactors.mine());
        assertTrue(on.on());
        assertEquals(10, on.recoveryCodesLeft());
        assertEquals(SecondStep.CODE, secondFactors.stepAfterPassword(amy.email()));

        assertThrows(
                InvalidInputException.class,
                () -> member.run(
                        amy.email(), () -> secondFactors.turnOffMine(TotpCodes.codeFor(enrolment.secret(), step))),
                "the code that turned it on is spent");
        member.run(amy.email(), () -> secondFactors.turnOffMine(TotpCodes.codeFor(enrolment.secret(), step + 1)));
        assertFalse(member.as(amy.email(), () -> secondFactors.mine()).on());
        assertEquals(SecondStep.NONE, secondFactors.stepAfterPassword(amy.email()));
        assertFalse(secondFactors.checkAtSignIn(amy.email(), recovery.get(0)).passed(), "its recovery codes are gone");

        Enrolled lead = leadWithSecondFactor("Keeping Lead");
        StateException kept = assertThrows(
                StateException.class,
                () -> admin.run(
                        lead.person().email(),
                        () -> secondFactors.turnOffMine(TotpCodes.codeFor(lead.secret(), lead.step() + 1))));
        assertTrue(kept.getMessage().startsWith("Programme leads keep two-step sign-in on."), kept.getMessage());
    }

    @Test
    void anAdministratorResetsSomeoneElsesAfterALostPhoneAndItIsAudited() throws Exception {
        Enrolled lead = leadWithSecondFactor("Phoneless Lead");
        TestPerson resetter = fixtures.person("Resetting Lead", Role.ADMIN);
        assertTrue(secondFactors
                .checkAtSignIn(lead.person().email(), lead.recoveryCodes().get(0))
                .passed());

        StateException own = assertThrows(
                StateException.class,
                () -> admin.run(
                        lead.person().email(),
                        () -> accounts.resetSecondFactor(lead.person().id())));
        assertTrue(own.getMessage().contains("your own"), own.getMessage());

        admin.run(
                resetter.email(), () -> accounts.resetSecondFactor(lead.person().id()));
        assertEquals(
                SecondStep.ENROL,
                secondFactors.stepAfterPassword(lead.person().email()),
                "a lead sets it up again at the next sign-in");
        assertFalse(secondFactors
                .checkAtSignIn(lead.person().email(), lead.recoveryCodes().get(1))
                .passed());
        assertThrows(
                StateException.class,
                () -> admin.run(
                        resetter.email(),
                        () -> accounts.resetSecondFactor(lead.person().id())),
                "nothing left to reset");

        List<SecondFactorEventRow> history = admin.as(
                resetter.email(),
                () -> accounts.secondFactorHistory(lead.person().id()));
        assertEquals(
                List.of(
                        SecondFactorEventKind.RESET,
                        SecondFactorEventKind.RECOVERY_CODE_USED,
                        SecondFactorEventKind.ENROLLED),
                history.stream().map(SecondFactorEventRow::kind).toList());
        assertEquals(resetter.email(), history.get(0).actorEmail());
        assertEquals(lead.person().email(), history.get(2).actorEmail());
    }

    @Test
    void onlyAdministratorsReset() {
        Enrolled lead = leadWithSecondFactor("Protected Lead");
        TestPerson someone = fixtures.person("Curious Member", Role.MEMBER);
        assertThrows(
                Exception.class,
                () -> member.run(
                        someone.email(),
                        () -> accounts.resetSecondFactor(lead.person().id())));
        assertEquals(
                SecondStep.CODE, secondFactors.stepAfterPassword(lead.person().email()));
    }
}
