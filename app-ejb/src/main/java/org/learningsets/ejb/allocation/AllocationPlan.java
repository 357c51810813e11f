package org.learningsets.ejb.allocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request that passed validation, with the sets fixed and the figures the rules depend on worked out once.
 *
 * @param participants as requested
 * @param sets the named sets, or those derived from the target size
 * @param minSetSize as requested
 * @param maxSetSize as requested
 * @param pins participant id to set id
 * @param facilitators as requested
 */
record AllocationPlan(
        List<Participant> participants,
        List<SetDefinition> sets,
        int minSetSize,
        int maxSetSize,
        Map<String, String> pins,
        List<Facilitator> facilitators) {

    AllocationPlan {
        participants = List.copyOf(participants);
        sets = List.copyOf(sets);
        pins = Map.copyOf(pins);
        facilitators = List.copyOf(facilitators);
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
