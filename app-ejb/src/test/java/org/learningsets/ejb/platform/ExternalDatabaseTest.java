package org.learningsets.ejb.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExternalDatabaseTest {

    @Test
    void namesOfTheServersOwnResourcesAreAccepted() {
        for (String name : List.of(
                "jdbc/learningsets", "jdbc/__default", "java:app/jdbc/learning-sets.main", "java:global/jdbc/x")) {
            assertEquals(name, ExternalDatabase.resourceName(" " + name + " "));
        }
    }

    /** A URL would make the JNDI look-up load an object from another machine (JNDI injection). */
    @Test
    void urlsAndOddNamesAreRefusedNamingTheSetting() {
        for (String name : List.of(
                "ldap://attacker.example/Exploit",
                "rmi://attacker.example:1099/x",
                "dns:attacker.example",
                "java:comp/env/${jndi:ldap://x}",
                "jdbc/learning sets",
                "jdbc/ląrning",
                "")) {
            StartupException e = assertThrows(StartupException.class, () -> ExternalDatabase.resourceName(name), name);
            assertTrue(e.getMessage().contains("LEARNINGSETS_DB_JNDI"), e.getMessage());
        }
    }
}
