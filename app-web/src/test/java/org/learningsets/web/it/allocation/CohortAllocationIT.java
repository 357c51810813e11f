package org.learningsets.web.it.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learningsets.ejb.allocation.AllocationProposal;
import org.learningsets.ejb.allocation.AllocationRule;
import org.learningsets.ejb.allocation.AllocationService;
import org.learningsets.ejb.allocation.CohortRule;
import org.learningsets.ejb.allocation.RuleExplanation;
import org.learningsets.ejb.programme.ProgrammeDraft;
import org.learningsets.ejb.programme.ProgrammeService;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.programme.CadenceKind;
import org.learningsets.model.programme.MeetingMode;
import org.learningsets.model.security.Role;
import org.learningsets.web.it.container.AsAdmin;
import org.learningsets.web.it.container.Fixtures;
import org.learningsets.web.it.container.Fixtures.TestPerson;

/**
 * Cohorts that do not repeat, through the allocation service inside Payara Micro: last year's programme is
 * allocated and accepted (two sets of three, each with a facilitator), then this year's programme enrols the same
 * six people and six new ones. The allocation reads who was in a set with whom, and who facilitated whom, from the
 * database, keeps them apart as the lead chose, and names last year's programme in its explanations. Everything it
 * creates is its own, with unique names.
 */
@ExtendWith(ArquillianExtension.class)
class CohortAllocationIT {

    @Inject
    AsAdmin admin;

    @Inject
    Fixtures fixtures;

    @Inject
    ProgrammeService programmes;

    @Inject
    AllocationService allocation;

    @Test
    void thisYearsAllocationKeepsLastYearsSetmatesApartAndNamesLastYearsProgramme() throws Exception {
        String lead = fixtures.person("Lead", Role.ADMIN).email();
        String lastYear = Fixtures.unique("Cohort 2026");
        String earlierId = admin.as(lead, () -> programmes.create(draft(lastYear, 2026)));
        List<TestPerson> returning = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            TestPerson p = fixtures.person("Returning " + i, Role.MEMBER);
            admin.run(lead, () -> allocation.enrol(earlierId, p.id()));
            returning.add(p);
        }
        // Last year's sets, as accepted: the first three with one facilitator, the other three with another.
        TestPerson first = fixtures.person("First Facilitator", Role.FACILITATOR);
        TestPerson second = fixtures.person("Second Facilitator", Role.FACILITATOR);
        Map<String, String> lastYearsSets = new LinkedHashMap<>();
        for (int i = 0; i < returning.size(); i++) {
            lastYearsSets.put(returning.get(i).id(), i < 3 ? "set-1" : "set-2");
        }
        admin.run(
                lead,
                () -> allocation.accept(
                        earlierId,
                        3,
                        lastYearsSets,
                        Map.of("set-1", first.id(), "set-2", second.id()),
                        Map.of(first.id(), 1, second.id(), 1),
                        CohortRule.MUST_HOLD));
        List<List<String>> lastYear1and2 = List.of(
                returning.subList(0, 3).stream().map(TestPerson::id).toList(),
                returning.subList(3, 6).stream().map(TestPerson::id).toList());

        String thisYear = admin.as(lead, () -> programmes.create(draft(Fixtures.unique("Cohort 2027"), 2027)));
        for (TestPerson p : returning) {
            admin.run(lead, () -> allocation.enrol(thisYear, p.id()));
        }
        for (int i = 0; i < 6; i++) {
            TestPerson p = fixtures.person("New " + i, Role.MEMBER);
            admin.run(lead, () -> allocation.enrol(thisYear, p.id()));
        }
        TestPerson fresh = fixtures.person("Fresh Facilitator", Role.FACILITATOR);
        Map<String, Integer> capacity = Map.of(first.id(), 1, second.id(), 1, fresh.id(), 1);

        // Two sets cannot keep three of last year's setmates apart: as a rule that must hold, that is refused.
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> admin.as(lead, () -> allocation.propose(thisYear, 6, Map.of(), Map.of(), CohortRule.MUST_HOLD)));
        assertTrue(refused.getMessage().contains("were all in Set 1 of " + lastYear), refused.getMessage());
        assertTrue(refused.getMessage().contains("cannot be kept apart in 2 sets"), refused.getMessage());

        // As a preference, two sets keep them as far apart as the numbers allow and say who shares a set again.
        AllocationProposal preferred =
                admin.as(lead, () -> allocation.propose(thisYear, 6, Map.of(), Map.of(), CohortRule.PREFERENCE));
        assertTrue(preferred.isFeasible(), preferred.rules().toString());
        RuleExplanation preference =
                preferred.rule(AllocationRule.EARLIER_SETMATES_PREFERRED).orElseThrow();
        assertFalse(preference.isHard());
        assertEquals(2, preference.reasons().size(), "one pair from each of last year's sets, the fewest possible");
        assertTrue(
                preference.reasons().stream().allMatch(r -> r.contains(" of " + lastYear + ".")),
                preference.reasons().toString());

        // Three sets can keep every one of them apart, as a rule that must hold.
        AllocationProposal kept =
                admin.as(lead, () -> allocation.propose(thisYear, 4, Map.of(), capacity, CohortRule.MUST_HOLD));
        assertTrue(kept.isFeasible(), kept.rules().toString());
        for (List<String> set : lastYear1and2) {
            List<String> now =
                    set.stream().map(id -> kept.setOf(id).orElseThrow().setId()).toList();
            assertEquals(3, now.stream().distinct().count(), "last year's setmates are spread: " + now);
        }
        RuleExplanation apart = kept.rule(AllocationRule.EARLIER_SETMATES_APART).orElseThrow();
        assertTrue(apart.isHard() && apart.met(), apart.toString());
        assertEquals(2, apart.notes().size(), apart.notes().toString());
        assertTrue(
                apart.notes().stream()
                        .allMatch(n -> n.matches("Returning \\d, Returning \\d and Returning \\d were in "
                                + "Set [12] of " + lastYear + " together\\.")),
                apart.notes().toString());
        // Each of last year's facilitators had three people who are now in three sets: each has one of them again.
        RuleExplanation facilitated =
                kept.rule(AllocationRule.FACILITATOR_NEW_PEOPLE).orElseThrow();
        assertFalse(facilitated.met());
        assertTrue(
                facilitated.reasons().stream()
                        .allMatch(r -> r.matches("Set \\d: its facilitator (First|Second) Facilitator facilitated "
                                + "Returning \\d in Set [12] of " + lastYear + "\\.")),
                facilitated.reasons().toString());
        assertEquals(2, facilitated.reasons().size(), facilitated.reasons().toString());

        // Put two of last year's setmates together by hand: with the rule that must hold, nothing is saved.
        Map<String, String> placements = placements(kept);
        placements.put(
                lastYear1and2.get(0).get(1), placements.get(lastYear1and2.get(0).get(0)));
        InvalidInputException broken = assertThrows(
                InvalidInputException.class,
                () -> admin.as(
                        lead,
                        () -> allocation.accept(
                                thisYear, 4, placements, facilitators(kept), capacity, CohortRule.MUST_HOLD)));
        assertTrue(
                broken.getMessage().startsWith("This allocation breaks a rule that must hold, so nothing was saved:"),
                broken.getMessage());
        assertTrue(broken.getMessage().contains("were both in Set 1 of " + lastYear), broken.getMessage());

        List<String> created = admin.as(
                lead,
                () -> allocation.accept(
                        thisYear, 4, placements(kept), facilitators(kept), capacity, CohortRule.MUST_HOLD));
        assertEquals(3, created.size());
    }

    private static Map<String, String> placements(AllocationProposal proposal) {
        Map<String, String> placements = new LinkedHashMap<>();
        proposal.sets().forEach(s -> s.participantIds().forEach(id -> placements.put(id, s.setId())));
        return placements;
    }

    private static Map<String, String> facilitators(AllocationProposal proposal) {
        Map<String, String> facilitatorOf = new LinkedHashMap<>();
        proposal.sets().forEach(s -> facilitatorOf.put(s.setId(), s.facilitatorId()));
        return facilitatorOf;
    }

    private static ProgrammeDraft draft(String name, int year) {
        return new ProgrammeDraft(
                name,
                "NHS Elect",
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                CadenceKind.MONTHLY_WEEKDAY,
                DayOfWeek.TUESDAY,
                2,
                null,
                LocalTime.of(14, 0),
                120,
                2,
                6,
                6,
                MeetingMode.VIRTUAL);
    }
}
