package org.learningsets.ejb.set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.Cadence;
import org.learningsets.model.programme.MeetingMode;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.set.LearningSet;

/** Who may facilitate a set: never someone of a member's line management chain; their own trust only if needed. */
class PlacementRulesTest {

    private final Organisation leeds = new Organisation("Leeds Teaching Hospitals NHS Trust");
    private final Organisation elect = new Organisation("NHS Elect");
    private final LearningSet set = new LearningSet(
            new Programme(
                    "Preceptorship",
                    elect,
                    LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 12, 31),
                    Cadence.monthly(1, DayOfWeek.WEDNESDAY, LocalTime.of(10, 0)),
                    90,
                    4,
                    8,
                    6,
                    MeetingMode.IN_PERSON),
            "Set 1",
            Instant.now());

    private Person person(String name, Organisation organisation) {
        return new Person(name, name.toLowerCase().replace(' ', '.') + "@example.org", organisation);
    }

    @Test
    void aLineManagementChainLinksPeopleAtAnyDistanceEitherWay() {
        Person rachel = person("Rachel Adeyemi", leeds);
        Person priya = person("Priya Natarajan", leeds);
        Person tom = person("Tom Bennett", leeds);
        priya.reportTo(rachel);
        tom.reportTo(priya);
        assertTrue(PlacementRules.lineChainLinked(rachel, tom), "two levels down");
        assertTrue(PlacementRules.lineChainLinked(tom, rachel), "two levels up");
        assertFalse(PlacementRules.lineChainLinked(tom, person("Aisha Begum", leeds)), "colleagues, no chain");
    }

    @Test
    void aFacilitatorNeverTakesASetHoldingSomeoneOfTheirChain() {
        Person rachel = person("Rachel Adeyemi", leeds);
        Person priya = person("Priya Natarajan", leeds);
        priya.reportTo(rachel);
        Optional<String> refused = PlacementRules.facilitatorConflict(set, rachel, List.of(priya), List.of());
        assertEquals(
                Optional.of("Rachel Adeyemi cannot facilitate Set 1: Priya Natarajan, a member, is in Rachel "
                        + "Adeyemi's line management chain."),
                refused);
    }

    @Test
    void theirOwnOrganisationOnlyWhileNobodyElseIsFree() {
        Person rachel = person("Rachel Adeyemi", leeds);
        Person aisha = person("Aisha Begum", leeds);
        Person sam = person("Sam Whitfield", elect);
        Optional<String> refused =
                PlacementRules.facilitatorConflict(set, rachel, List.of(aisha), List.of(rachel, sam));
        assertTrue(refused.orElseThrow().contains("Sam Whitfield can facilitate it without that"), refused.get());
        assertEquals(
                Optional.empty(),
                PlacementRules.facilitatorConflict(set, rachel, List.of(aisha), List.of(rachel)),
                "nobody else can, so the numbers do not allow it");
        Person leedsColleague = person("Another Leeds Facilitator", leeds);
        assertEquals(
                Optional.empty(),
                PlacementRules.facilitatorConflict(set, rachel, List.of(aisha), List.of(rachel, leedsColleague)),
                "the only other facilitator shares the conflict");
    }
}
