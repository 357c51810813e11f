package org.learningsets.ejb.security.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrustEmailsTest {

    @Test
    void anAddressIsComparedWithoutCase() {
        assertEquals(Set.of("amira.khan@trust.nhs.uk"), TrustEmails.candidates(" Amira.Khan@Trust.NHS.uk ", List.of()));
    }

    @Test
    void anAddressAtAnAliasDomainIsLookedForAtEveryAlias() {
        List<String> aliases = TrustEmails.domains("trust.nhs.uk, @nhs.net ,,");
        assertEquals(List.of("trust.nhs.uk", "nhs.net"), aliases);
        assertEquals(
                Set.of("amira.khan@nhs.net", "amira.khan@trust.nhs.uk"),
                TrustEmails.candidates("Amira.Khan@nhs.net", aliases));
    }

    @Test
    void anAddressElsewhereGetsNoAliases() {
        assertEquals(
                Set.of("amira.khan@example.org"),
                TrustEmails.candidates("amira.khan@example.org", List.of("trust.nhs.uk", "nhs.net")));
    }

    @Test
    void noAddressGivesNothingToLookFor() {
        assertEquals(Set.of(), TrustEmails.candidates(null, List.of("nhs.net")));
        assertEquals(Set.of(), TrustEmails.candidates("  ", List.of("nhs.net")));
        assertEquals(List.of(), TrustEmails.domains(null));
    }
}
