package org.learningsets.model.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.organisation.Organisation;

class PersonTest {

    private static final Organisation TRUST = new Organisation("Kingston Hospital NHS FT");

    @Test
    void emailIsTrimmedAndLowerCased() {
        assertEquals(
                "laura.evans@example.org", new Person("Laura Evans", "  Laura.Evans@Example.ORG ", TRUST).getEmail());
    }

    @Test
    void aMalformedEmailIsRefused() {
        assertEquals(
                "\"laura.evans\" is not an email address.",
                assertThrows(InvalidInputException.class, () -> new Person("Laura", "laura.evans", TRUST))
                        .getMessage());
    }

    @Test
    void nobodyManagesThemselvesEvenThroughOthers() {
        Person a = new Person("A", "a@example.org", TRUST);
        Person b = new Person("B", "b@example.org", TRUST);
        b.reportTo(a);
        assertThrows(InvalidInputException.class, () -> a.reportTo(a));
        assertThrows(InvalidInputException.class, () -> a.reportTo(b));
        assertEquals(a, b.getLineManager());
    }

    @Test
    void preferencesStartStandardAndAreRequired() {
        Person p = new Person("A", "a@example.org", TRUST);
        assertEquals(ColourScheme.STANDARD, p.getColourScheme());
        p.choosePreferences(ColourScheme.BLACK_ON_YELLOW, TextSize.LARGE);
        assertEquals("scheme-yellow", p.getColourScheme().getCssClass());
        assertThrows(InvalidInputException.class, () -> p.choosePreferences(null, TextSize.LARGE));
    }

    @Test
    void identityIsTheAssignedIdNotTheFields() {
        Person one = new Person("Same Name", "same@example.org", TRUST);
        Person two = new Person("Same Name", "same@example.org", TRUST);
        assertNotEquals(one, two);
        assertEquals(one, one);
    }
}
