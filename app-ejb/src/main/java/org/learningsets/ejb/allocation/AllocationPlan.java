package org.learningsets.ejb.allocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A request that passed validation, with the sets fixed and the figures the rules depend on worked out once.
 *
 * @param participants as requested
 * @param sets the named sets, or those derived from the target size
 * @param minSetSize as requested
 * @param maxSetSize as requested
 * @param pins participant id to set id
 * @param facilitators as requested
 * @param earlierSets as requested
 * @param cohortRule as requested; null when earlier sets play no part
 */
record AllocationPlan(
        List<Participant> participants,
        List<SetDefinition> sets,
        int minSetSize,
        int maxSetSize,
        Map<String, String> pins,
        List<Facilitator> facilitators,
        List<EarlierSet> earlierSets,
        CohortRule cohortRule) {

    AllocationPlan {
        participants = List.copyOf(participants);
        sets = List.copyOf(sets);
        pins = Map.copyOf(pins);
        facilitators = List.copyOf(facilitators);
        earlierSets = List.copyOf(earlierSets);
    }

    /**
     * Each earlier set with the participants who were in it, in participant order; sets with fewer than two of them
     * are left out (nobody to keep apart). Empty when the cohort rule is not applied.
     */
    Map<EarlierSet, List<Participant>> earlierSetmates() {
        Map<EarlierSet, List<Participant>> together = new LinkedHashMap<>();
        if (cohortRule == null) {
            return together;
        }
        for (EarlierSet set : earlierSets) {
            List<Participant> here = participants.stream()
                    .filter(p -> set.memberIds().contains(p.id()))
                    .toList();
            if (here.size() > 1) {
                together.put(set, here);
            }
        }
        return together;
    }

    /** Every pair of participants who shared an earlier set, once each however many sets they shared. */
    List<EarlierPair> earlierPairs() {
        Set<EarlierPair> pairs = new LinkedHashSet<>();
        boolean mustPart = cohortRule == CohortRule.MUST_HOLD;
        earlierSetmates().values().forEach(people -> {
            for (int i = 0; i < people.size(); i++) {
                for (int j = i + 1; j < people.size(); j++) {
                    pairs.add(new EarlierPair(people.get(i).id(), people.get(j).id(), mustPart));
                }
            }
        });
        return List.copyOf(pairs);
    }

    /** Facilitator id to the participants they facilitated in an earlier set, with the sets, in participant order. */
    Map<String, Map<Participant, List<EarlierSet>>> facilitatedBefore() {
        Map<String, Map<Participant, List<EarlierSet>>> before = new LinkedHashMap<>();
        if (cohortRule == null) {
            return before;
        }
        for (Facilitator f : facilitators) {
            Map<Participant, List<EarlierSet>> people = new LinkedHashMap<>();
            for (Participant p : participants) {
                for (EarlierSet set : earlierSets) {
                    if (set.facilitatorIds().contains(f.id()) && set.memberIds().contains(p.id())) {
                        people.computeIfAbsent(p, x -> new ArrayList<>()).add(set);
                    }
                }
            }
            if (!people.isEmpty()) {
                before.put(f.id(), people);
            }
        }
        return before;
    }

    Map<String, Participant> participantsById() {
        Map<String, Participant> byId = new LinkedHashMap<>();
        participants.forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    /** Participants per organisation id, in the order the organisations first appear. */
    Map<String, List<Participant>> participantsByOrganisation() {
        Map<String, List<Participant>> byOrganisation = new LinkedHashMap<>();
        participants.forEach(p -> byOrganisation
                .computeIfAbsent(p.organisationId(), o -> new ArrayList<>())
                .add(p));
        return byOrganisation;
    }

    /** The line manager of each participant whose line manager is also a participant. */
    Map<String, String> managersAmongParticipants() {
        Map<String, Participant> byId = participantsById();
        Map<String, String> managers = new LinkedHashMap<>();
        for (Participant p : participants) {
            if (p.lineManagerId() != null && byId.containsKey(p.lineManagerId())) {
                managers.put(p.id(), p.lineManagerId());
            }
        }
        return managers;
    }

    /**
     * The fewest pairs sharing a set among {@code count} people spread over {@code sets} sets, reached by
     * spreading them as evenly as possible.
     */
    static int unavoidablePairs(int count, int sets) {
        int perSet = count / sets;
        int setsWithOneMore = count % sets;
        return setsWithOneMore * pairs(perSet + 1) + (sets - setsWithOneMore) * pairs(perSet);
    }

    static int pairs(int n) {
        return n * (n - 1) / 2;
    }

    /** Profession and clinical area compared without regard to case or surrounding spaces; blank means unknown. */
    static String mixKey(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
