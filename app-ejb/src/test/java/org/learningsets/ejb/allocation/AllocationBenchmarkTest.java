package org.learningsets.ejb.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Tag;

/**
 * A programme-sized allocation: 500 participants from 40 organisations into sets of 6 to 8, with the default
 * solver settings. It prints its figures and asserts only that no hard rule is broken; time is reported, not
 * asserted, since other work on the machine moves it. Left out of a plain {@code mvn test}; run it with
 * {@code -Dgroups=benchmark -DexcludedGroups=none}.
 */
@Tag("benchmark")
class AllocationBenchmarkTest {

    private static final String[] PROFESSIONS = {
        "Nursing",
        "Medicine",
        "Allied health professions",
        "Management",
        "Pharmacy",
        "Paramedic",
        "Psychology",
        "Healthcare science"
    };
    private static final double[] PROFESSION_SHARE = {0.30, 0.15, 0.14, 0.15, 0.07, 0.07, 0.06, 0.06};
    private static final String[] AREAS = {
        "Emergency department",
        "Acute medicine",
        "Surgery",
        "Critical care",
        "Mental health",
        "Community services",
        "Primary care",
        "Maternity",
        "Paediatrics",
        "Older people",
        "Cancer services",
        "Learning disabilities"
    };
    private static final String[] ORGANISATION_KINDS = {
        "Hospitals NHS FT",
        "Healthcare NHS Trust",
        "Mental Health NHS FT",
        "Community Health NHS Trust",
        "Integrated Care Board",
        "Ambulance Service NHS FT"
    };

    @RepeatedTest(3)
    void fiveHundredParticipantsFromFortyOrganisations(RepetitionInfo repetition) {
        AllocationRequest request = AllocationRequest.of(participants(new Random(2024)), SetLayout.targetSize(7), 6, 8);
        AllocationEngine engine =
                new AllocationEngine(SolverSettings.defaults().withRandomSeed(repetition.getCurrentRepetition()));

        AllocationProposal proposal = engine.allocate(request);

        SolveStatistics stats = proposal.statistics();
        int smallest =
                proposal.sets().stream().mapToInt(ProposedSet::size).min().orElseThrow();
        int largest = proposal.sets().stream().mapToInt(ProposedSet::size).max().orElseThrow();
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK run %d: participants=500 organisations=40 sets=%d (sizes %d-%d)"
                        + " firstFeasible=%s total=%s score=%dhard/%dsoft%n",
                repetition.getCurrentRepetition(),
                stats.setCount(),
                smallest,
                largest,
                seconds(stats.timeToFirstFeasible()),
                seconds(stats.solvingTime()),
                proposal.hardScore(),
                proposal.softScore());
        proposal.rules()
                .forEach(r -> System.out.printf(
                        Locale.ROOT,
                        "BENCHMARK   %s met=%s %s%n",
                        r.rule(),
                        r.met(),
                        r.met() ? "" : r.reasons().size() + " reasons; " + r.notes()));

        assertEquals(0, proposal.hardScore(), proposal.rules().toString());
    }

    private static String seconds(java.time.Duration d) {
        return d == null ? "never" : String.format(Locale.ROOT, "%.3fs", d.toNanos() / 1e9);
    }

    /**
     * Organisation sizes fall off as they do in a regional programme: a few large trusts, many small bodies.
     * About one in eight people reports to another participant in their organisation; others' managers are not
     * taking part. A few have no profession or clinical area recorded.
     */
    static List<Participant> participants(Random random) {
        int[] sizes = organisationSizes(40, 500);
        List<Participant> people = new ArrayList<>();
        int next = 1;
        for (int o = 0; o < sizes.length; o++) {
            String organisationId = "org" + (o + 1);
            String organisationName =
                    "Organisation " + (o + 1) + " " + ORGANISATION_KINDS[o % ORGANISATION_KINDS.length];
            List<String> colleagues = new ArrayList<>();
            for (int i = 0; i < sizes[o]; i++) {
                String id = String.format(Locale.ROOT, "p%03d", next++);
                String manager = null;
                double roll = random.nextDouble();
                if (!colleagues.isEmpty() && roll < 0.125) {
                    manager = colleagues.get(random.nextInt(colleagues.size()));
                } else if (roll < 0.4) {
                    manager = "staff-" + random.nextInt(10_000);
                }
                people.add(new Participant(
                        id,
                        "Participant " + id,
                        organisationId,
                        organisationName,
                        manager,
                        random.nextDouble() < 0.05 ? null : PROFESSIONS[pick(PROFESSION_SHARE, random)],
                        random.nextDouble() < 0.08 ? null : AREAS[random.nextInt(AREAS.length)]));
                colleagues.add(id);
            }
        }
        return people;
    }

    /** Sizes proportional to 1 / rank^0.9, at least 2 each, adding up to {@code total}. */
    private static int[] organisationSizes(int count, int total) {
        double[] weights = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = 1 / Math.pow(i + 1, 0.9);
            sum += weights[i];
        }
        int[] sizes = new int[count];
        int assigned = 0;
        for (int i = 0; i < count; i++) {
            sizes[i] = Math.max(2, (int) Math.floor(weights[i] / sum * total));
            assigned += sizes[i];
        }
        for (int i = 0; assigned < total; i = (i + 1) % count, assigned++) {
            sizes[i]++;
        }
        for (int i = count - 1; assigned > total; i = i == 0 ? count - 1 : i - 1) {
            if (sizes[i] > 2) {
                sizes[i]--;
                assigned--;
            }
        }
        return sizes;
    }

    private static int pick(double[] shares, Random random) {
        double roll = random.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            roll -= shares[i];
            if (roll < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }
}
