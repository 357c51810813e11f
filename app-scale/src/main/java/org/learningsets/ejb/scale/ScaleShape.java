package org.learningsets.ejb.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.learningsets.model.common.InvalidInputException;

/**
 * How much a scale factor makes and who goes where: pure arithmetic, the same answer every time, so the generated
 * logins can be documented. At 1.0: 50 programmes, 2,000 sets, 15,000 people, 24,000 meetings, 200,000 actions.
 * <p>
 * People are numbered from 0 within their kind (leads, facilitators, members). Lead {@code i} leads programme
 * {@code i}; set {@code s} is facilitated by facilitator {@code s mod facilitators}, so a facilitator holds about
 * four sets across programmes. Members are spread over programmes by number; the first few per cent
 * ({@link #multiSetMembers()}) are in a set of each of three programmes (when there are three), so a member with
 * several sets exists at every scale but the smallest. Nobody is in two sets of one programme.
 */
public record ScaleShape(
        double scale,
        int programmes,
        int sets,
        int people,
        int meetings,
        int actions,
        int facilitators,
        int members,
        int multiSetMembers,
        int organisations) {

    public static final double SMALLEST = 0.001;
    public static final double LARGEST = 2.0;

    static final int PROGRAMMES = 50;
    static final int SETS = 2_000;
    static final int PEOPLE = 15_000;
    static final int MEETINGS = 24_000;
    static final int ACTIONS = 200_000;
    static final int TRUSTS = 120;
    /** Programmes a multi-set member belongs to (one set each). */
    static final int PROGRAMMES_PER_MULTI_SET_MEMBER = 3;

    private static final double MULTI_SET_SHARE = 0.07;
    private static final int SETS_PER_FACILITATOR = 4;

    public static ScaleShape of(double scale) {
        if (!(scale >= SMALLEST && scale <= LARGEST)) {
            throw new InvalidInputException("The scale must be between " + SMALLEST + " and " + LARGEST
                    + " (1.0 makes 2,000 sets and 15,000 people); it is " + scale + ".");
        }
        int programmes = Math.max(1, (int) Math.round(PROGRAMMES * scale));
        int sets = Math.max(programmes, (int) Math.round(SETS * scale));
        int facilitators = Math.max(1, (int) Math.round((double) sets / SETS_PER_FACILITATOR));
        // At least the smallest set size (4) per set once leads and facilitators are taken out.
        int people = Math.max(programmes + facilitators + 4 * sets, (int) Math.round(PEOPLE * scale));
        int members = people - programmes - facilitators;
        int multi = programmes < 2 ? 0 : (int) Math.round(members * MULTI_SET_SHARE);
        int meetings = Math.max(sets, (int) Math.round(MEETINGS * scale));
        int actions = (int) Math.round(ACTIONS * scale);
        int organisations = Math.max(4, (int) Math.round(TRUSTS * scale));
        return new ScaleShape(
                scale, programmes, sets, people, meetings, actions, facilitators, members, multi, organisations);
    }

    /**
     * The start-up setting (LEARNINGSETS_GENERATE_SCALE): empty when not set, blank or 0 (generation off),
     * otherwise the scale; anything else is refused with a message naming the setting.
     */
    public static OptionalDouble setting(String value) {
        if (value == null || value.isBlank()) {
            return OptionalDouble.empty();
        }
        double scale;
        try {
            scale = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            scale = Double.NaN;
        }
        if (scale == 0) {
            return OptionalDouble.empty();
        }
        if (!(scale >= SMALLEST && scale <= LARGEST)) {
            throw new InvalidInputException("LEARNINGSETS_GENERATE_SCALE must be a number from " + SMALLEST + " to "
                    + LARGEST + " (for example 1.0, or 0.05 for a small data set), or 0 for none; it is \""
                    + value + "\".");
        }
        return OptionalDouble.of(scale);
    }

    public int leads() {
        return programmes;
    }

    /** Sets of the programme: an even share, the first programmes taking the remainder. */
    public int setsOf(int programme) {
        return share(sets, programmes, programme);
    }

    /** The number (across all programmes) of the programme's first set. */
    public int firstSetOf(int programme) {
        int first = 0;
        for (int p = 0; p < programme; p++) {
            first += setsOf(p);
        }
        return first;
    }

    public int meetingsOf(int set) {
        return share(meetings, sets, set);
    }

    public int actionsOf(int set) {
        return share(actions, sets, set);
    }

    public int leadFacilitatorOf(int set) {
        return set % facilitators;
    }

    /** Every fifth set has a co-facilitator as well, each a different facilitator while there are enough. */
    public OptionalInt coFacilitatorOf(int set) {
        if (facilitators < 2 || set % 5 != 4) {
            return OptionalInt.empty();
        }
        int co = (set / 5 + facilitators / 2) % facilitators;
        return OptionalInt.of(co == leadFacilitatorOf(set) ? (co + 1) % facilitators : co);
    }

    /** The programmes a member is in (one set in each). */
    public int[] programmesOf(int member) {
        if (member < multiSetMembers) {
            int n = Math.min(PROGRAMMES_PER_MULTI_SET_MEMBER, programmes);
            int[] in = new int[n];
            for (int i = 0; i < n; i++) {
                in[i] = (member + i) % programmes;
            }
            return in;
        }
        return new int[] {member % programmes};
    }

    /**
     * The members of each set of the programme (member numbers, ascending within a set), dealt round the sets in
     * turn so set sizes differ by one at most.
     */
    public List<List<Integer>> membersBySet(int programme) {
        List<List<Integer>> bySet = new ArrayList<>();
        int count = setsOf(programme);
        for (int s = 0; s < count; s++) {
            bySet.add(new ArrayList<>());
        }
        int dealt = 0;
        for (int member = 0; member < members; member++) {
            for (int p : programmesOf(member)) {
                if (p == programme) {
                    bySet.get(dealt++ % count).add(member);
                }
            }
        }
        return bySet;
    }

    /** How many steps (transactions) a generation takes: the people in chunks, then one per programme. */
    public int peopleChunks() {
        return (people + ScaleChunkWriter.PEOPLE_PER_CHUNK - 1) / ScaleChunkWriter.PEOPLE_PER_CHUNK;
    }

    public int steps() {
        return peopleChunks() + programmes;
    }

    private static int share(int total, int parts, int index) {
        return total / parts + (index < total % parts ? 1 : 0);
    }
}
