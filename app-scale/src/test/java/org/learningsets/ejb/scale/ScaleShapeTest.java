package org.learningsets.ejb.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningsets.model.common.InvalidInputException;

class ScaleShapeTest {

    @Test
    void scaleOneMakesTheSizesOfTheIssue() {
        ScaleShape shape = ScaleShape.of(1.0);
        assertEquals(50, shape.programmes());
        assertEquals(2_000, shape.sets());
        assertEquals(15_000, shape.people());
        assertEquals(24_000, shape.meetings());
        assertEquals(200_000, shape.actions());
        assertEquals(500, shape.facilitators());
        assertEquals(15_000 - 50 - 500, shape.members());
    }

    /** Every set, meeting and action is placed once; the people add up; sets are within the sizes allowed. */
    @ParameterizedTest
    @ValueSource(doubles = {0.001, 0.01, 0.02, 0.03, 0.05, 0.3, 1.0, 2.0})
    void everythingIsPlacedOnceAndSetsAreWithinTheirSizes(double scale) {
        ScaleShape shape = ScaleShape.of(scale);
        assertEquals(
                shape.sets(),
                IntStream.range(0, shape.programmes()).map(shape::setsOf).sum());
        assertEquals(
                shape.meetings(),
                IntStream.range(0, shape.sets()).map(shape::meetingsOf).sum());
        assertEquals(
                shape.actions(),
                IntStream.range(0, shape.sets()).map(shape::actionsOf).sum());
        assertEquals(shape.people(), shape.leads() + shape.facilitators() + shape.members());

        Map<Integer, Integer> setsPerMember = new HashMap<>();
        for (int p = 0; p < shape.programmes(); p++) {
            assertEquals(p == 0 ? 0 : shape.firstSetOf(p - 1) + shape.setsOf(p - 1), shape.firstSetOf(p));
            Set<Integer> inProgramme = new HashSet<>();
            for (List<Integer> set : shape.membersBySet(p)) {
                assertTrue(set.size() >= 4 && set.size() <= 10, "set size " + set.size() + " at " + scale);
                for (int m : set) {
                    assertTrue(inProgramme.add(m), "member " + m + " twice in programme " + p);
                    setsPerMember.merge(m, 1, Integer::sum);
                }
            }
        }
        assertEquals(shape.members(), setsPerMember.size(), "every member is in a set");
        for (int m = 0; m < shape.members(); m++) {
            assertEquals(shape.programmesOf(m).length, setsPerMember.get(m));
        }
        IntStream.range(0, shape.sets())
                .forEach(s -> shape.coFacilitatorOf(s)
                        .ifPresent(
                                co -> assertTrue(co != shape.leadFacilitatorOf(s), "co-facilitator is not the lead")));
    }

    /** The people docs/performance.md names: a member with three sets, facilitators with four or five. */
    @Test
    void theFirstMemberAndFacilitatorHaveSeveralSets() {
        ScaleShape full = ScaleShape.of(1.0);
        assertEquals(1_012, full.multiSetMembers());
        assertEquals(3, full.programmesOf(1_011).length);
        assertEquals(1, full.programmesOf(1_012).length);
        for (int f = 0; f < full.facilitators(); f++) {
            int facilitator = f;
            assertEquals(
                    4,
                    IntStream.range(0, full.sets())
                            .filter(s -> full.leadFacilitatorOf(s) == facilitator)
                            .map(s -> s / 40)
                            .distinct()
                            .count(),
                    "four sets as lead, in four programmes");
            assertTrue(
                    IntStream.range(0, full.sets())
                                    .filter(s -> full.coFacilitatorOf(s).orElse(-1) == facilitator)
                                    .count()
                            <= 1,
                    "co-facilitates at most one set");
        }
        ScaleShape test = ScaleShape.of(0.05);
        assertEquals(3, test.programmes());
        assertEquals(3, test.programmesOf(0).length);
        assertEquals(34, test.setsOf(0));
        assertEquals(1, ScaleShape.of(0.02).programmesOf(0).length, "one programme: one set each");
    }

    @Test
    void namesAreUniqueAtTheLargestScale() {
        ScaleShape shape = ScaleShape.of(ScaleShape.LARGEST);
        assertEquals(
                shape.organisations(),
                IntStream.range(0, shape.organisations())
                        .mapToObj(ScaleTexts::organisation)
                        .distinct()
                        .count());
        assertEquals(
                shape.programmes(),
                IntStream.range(0, shape.programmes())
                        .mapToObj(ScaleTexts::programmeName)
                        .distinct()
                        .count());
        assertEquals("member-00001@scale.example.org", ScaleLogins.member(0));
        assertEquals("facilitator-0500@scale.example.org", ScaleLogins.facilitator(499));
        assertEquals("lead-050@scale.example.org", ScaleLogins.lead(49));
    }

    @Test
    void theStartUpSettingIsAScaleOrNothing() {
        assertEquals(OptionalDouble.empty(), ScaleShape.setting(null));
        assertEquals(OptionalDouble.empty(), ScaleShape.setting(" "));
        assertEquals(OptionalDouble.empty(), ScaleShape.setting("0"));
        assertEquals(OptionalDouble.of(1.0), ScaleShape.setting("1.0"));
        assertEquals(OptionalDouble.of(0.05), ScaleShape.setting(" 0.05 "));
        for (String wrong : new String[] {"large", "-1", "3", "NaN", "0.0001"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScaleShape.setting(wrong));
            assertTrue(e.getMessage().contains("LEARNINGSETS_GENERATE_SCALE"), e.getMessage());
        }
        assertThrows(InvalidInputException.class, () -> ScaleShape.of(2.5));
    }
}
