package org.learningsets.web.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.ejb.person.PreferencesService;
import org.learningsets.ejb.person.SignedInLook;
import org.learningsets.ejb.security.AccountAdminService;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.person.AccessibilityPreferences;
import org.learningsets.model.person.ColourScheme;
import org.learningsets.model.person.TextSize;
import org.learningsets.model.security.Account;
import org.learningsets.model.security.Role;
import org.learningsets.web.it.container.AsAdmin;
import org.learningsets.web.it.container.AsMember;
import org.learningsets.web.it.container.Fixtures;
import org.learningsets.web.it.container.Fixtures.TestPerson;

/**
 * The signed-in caller that most services start from, read in one statement with its person and roles: every role
 * is there, the person is the caller's own, and a disabled account or no caller at all is refused. Every page request
 * also reads whether the account still lets its person in, with the person's display preferences.
 */
@ExtendWith(ArquillianExtension.class)
class CallersIT {

    @Inject
    Fixtures fixtures;

    @Inject
    Callers callers;

    @Inject
    AccountAdminService accounts;

    @Inject
    PreferencesService preferences;

    @Inject
    SignedInLook standing;

    @Inject
    AsAdmin admin;

    @Inject
    AsMember member;

    @Test
    void theCallerComesWithTheirPersonAndEveryRoleUntilTheAccountIsDisabled() throws Exception {
        TestPerson lead = fixtures.person("Callers Lead", Role.ADMIN);
        TestPerson both = fixtures.person("Two Roles", Role.FACILITATOR, Role.MEMBER);

        Account account = member.as(both.email(), () -> callers.account());
        assertEquals(both.id(), account.getPerson().getId());
        assertEquals(both.email(), account.getPerson().getEmail());
        assertEquals(EnumSet.of(Role.FACILITATOR, Role.MEMBER), account.getRoles());

        member.run(both.email(), () -> preferences.choose(ColourScheme.BLACK_ON_YELLOW, TextSize.LARGE));
        assertEquals(
                new AccessibilityPreferences(ColourScheme.BLACK_ON_YELLOW, TextSize.LARGE),
                member.as(both.email(), () -> preferences.mine()),
                "the caller's own person, as changed a moment ago");
        assertEquals(
                new AccessibilityPreferences(ColourScheme.STANDARD, TextSize.STANDARD),
                admin.as(lead.email(), () -> preferences.mine()),
                "nobody else's");

        admin.run(lead.email(), () -> accounts.disable(both.id()));
        AccessDeniedException disabled =
                assertThrows(AccessDeniedException.class, () -> member.as(both.email(), () -> callers.account()));
        assertEquals("Please sign in again.", disabled.getMessage());
        assertThrows(AccessDeniedException.class, () -> member.as(both.email(), () -> preferences.mine()));

        AccessDeniedException nobody = assertThrows(AccessDeniedException.class, () -> callers.account());
        assertEquals("Please sign in.", nobody.getMessage());
    }

    @Test
    void everyPageRequestReadsTheAccountsStandingWithItsPersonsDisplayPreferences() throws Exception {
        TestPerson lead = fixtures.person("Standing Lead", Role.ADMIN);
        TestPerson reader = fixtures.person("Standing Reader", Role.MEMBER);
        AccessibilityPreferences chosen = new AccessibilityPreferences(ColourScheme.BLACK_ON_YELLOW, TextSize.LARGE);

        assertEquals(Optional.of(AccessibilityPreferences.STANDARD), standing.ifEnabled(reader.email()));
        member.run(reader.email(), () -> preferences.choose(ColourScheme.BLACK_ON_YELLOW, TextSize.LARGE));
        assertEquals(Optional.of(chosen), standing.ifEnabled(reader.email()), "as changed a moment ago");
        assertEquals(
                Optional.of(chosen),
                standing.ifEnabled(" " + reader.email().toUpperCase(Locale.ROOT) + " "),
                "the address as the sign-in form may send it");

        admin.run(lead.email(), () -> accounts.disable(reader.id()));
        assertEquals(Optional.empty(), standing.ifEnabled(reader.email()), "a disabled account");
        assertEquals(Optional.empty(), standing.ifEnabled("nobody-" + reader.email()), "no account");
        assertEquals(Optional.empty(), standing.ifEnabled(null), "no address");
    }
}
