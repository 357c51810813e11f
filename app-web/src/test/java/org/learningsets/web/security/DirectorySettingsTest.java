package org.learningsets.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.sdk.Filter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectorySettingsTest {

    private static final String BASE = "DC=trust,DC=nhs,DC=uk";

    @Test
    void workableSettingsHaveNoProblem() {
        assertNull(DirectorySettings.problem(
                "ldaps://dc1.trust.nhs.uk:636, ldaps://dc2.trust.nhs.uk",
                BASE,
                TrustDirectory.DEFAULT_FILTER,
                Optional.of("CN=Leads,OU=Groups," + BASE)));
    }

    @Test
    void eachUnworkableSettingIsNamed() {
        assertTrue(DirectorySettings.problem("http://dc1", BASE, TrustDirectory.DEFAULT_FILTER, Optional.empty())
                .startsWith("LEARNINGSETS_LDAP_URL"));
        assertTrue(DirectorySettings.problem(
                        "ldap://dc1, ldaps://dc2", BASE, TrustDirectory.DEFAULT_FILTER, Optional.empty())
                .contains("mixes"));
        assertTrue(DirectorySettings.problem("ldaps://dc1", "trust", TrustDirectory.DEFAULT_FILTER, Optional.empty())
                .startsWith("LEARNINGSETS_LDAP_SEARCH_BASE"));
        assertTrue(DirectorySettings.problem("ldaps://dc1", BASE, "(mail=someone)", Optional.empty())
                .contains("{0}"));
        assertTrue(DirectorySettings.problem("ldaps://dc1", BASE, "(mail={0}", Optional.empty())
                .startsWith("LEARNINGSETS_LDAP_USER_FILTER"));
        assertTrue(DirectorySettings.problem("ldaps://dc1", BASE, TrustDirectory.DEFAULT_FILTER, Optional.of("leads"))
                .startsWith("LEARNINGSETS_LDAP_LEAD_GROUP"));
    }

    @Test
    void aTypedNameCannotChangeTheFilter() throws Exception {
        String filter = DirectorySettings.filterFor(TrustDirectory.DEFAULT_FILTER, "*)(objectClass=*");
        Filter parsed = Filter.create(filter);
        // The whole typed text is one value to compare, stars and brackets included.
        assertTrue(parsed.toString().contains("\\2a\\29\\28objectClass=\\2a"), parsed.toString());
        assertTrue(
                parsed.matchesEntry(new com.unboundid.ldap.sdk.Entry(
                        "CN=x," + BASE,
                        new com.unboundid.ldap.sdk.Attribute("objectClass", "person"),
                        new com.unboundid.ldap.sdk.Attribute("mail", "*)(objectClass=*"))),
                "matches only that exact text");
        assertFalse(parsed.matchesEntry(new com.unboundid.ldap.sdk.Entry(
                "CN=y," + BASE,
                new com.unboundid.ldap.sdk.Attribute("objectClass", "person"),
                new com.unboundid.ldap.sdk.Attribute("mail", "someone@trust.nhs.uk"))));
    }

    @Test
    void activeDirectoryGuidsReadAsItsOwnToolsShowThem() {
        // Active Directory's bytes for {01020304-0506-0708-090a-0b0c0d0e0f10}: the first three parts little-endian.
        byte[] bytes = {4, 3, 2, 1, 6, 5, 8, 7, 9, 10, 11, 12, 13, 14, 15, 16};
        assertEquals("01020304-0506-0708-090a-0b0c0d0e0f10", DirectorySettings.subject("objectGUID", bytes));
        assertEquals("3f1c-entry-uuid", DirectorySettings.subject("entryUUID", "3f1c-entry-uuid".getBytes()));
    }

    @Test
    void groupsCompareAsNamesNotAsText() {
        Optional<String> leads = Optional.of("CN=Learning Sets leads,OU=Groups," + BASE);
        assertTrue(DirectorySettings.isMember(
                new String[] {"CN=Other,OU=Groups," + BASE, "cn=learning sets leads, ou=groups, dc=trust,dc=nhs,dc=uk"},
                leads));
        assertFalse(DirectorySettings.isMember(new String[] {"CN=Other,OU=Groups," + BASE}, leads));
        assertFalse(DirectorySettings.isMember(null, leads));
        assertFalse(DirectorySettings.isMember(
                new String[] {"CN=Learning Sets leads,OU=Groups," + BASE}, Optional.empty()));
    }

    @Test
    void theDirectoryIsRememberedByItsSearchBase() {
        assertEquals(DirectorySettings.issuer("DC=Trust, DC=NHS,DC=UK"), DirectorySettings.issuer(BASE));
    }
}
