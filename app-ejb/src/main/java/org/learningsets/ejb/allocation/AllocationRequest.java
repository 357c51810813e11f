package org.learningsets.ejb.allocation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the engine needs to split participants into sets. Only the shape is fixed here; whether the
 * request makes sense (ids, sizes, pins, capacity) is checked by the engine, which explains what is wrong.
 *
 * @param participants the people to place, in the order the programme lead listed them
 * @param layout the named sets, or a target size to derive them from
 * @param minSetSize the fewest members a set may have
 * @param maxSetSize the most members a set may have
 * @param pins participant id to set id: placements the engine must keep as they are
 * @param facilitators who can facilitate, with their capacity; empty when facilitators are not being allocated
 * @param earlierSets sets of earlier programmes that hold participants or facilitators of this one
 * @param cohortRule how firmly earlier setmates are kept apart; null leaves earlier sets out of the allocation
 */
public record AllocationRequest(
        List<Participant> participants,
        SetLayout layout,
        int minSetSize,
        int maxSetSize,
        Map<String, String> pins,
        List<Facilitator> facilitators,
        List<EarlierSet> earlierSets,
        CohortRule cohortRule) {

    public AllocationRequest {
        // Copies that tolerate nulls, so that the validator, not a NullPointerException, names the problem.
        participants = participants == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(participants));
        pins = pins == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(pins));
        facilitators = facilitators == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(facilitators));
        earlierSets = earlierSets == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(earlierSets));
    }

    /** A request without pins or facilitators. */
    public static AllocationRequest of(
            List<Participant> participants, SetLayout layout, int minSetSize, int maxSetSize) {
        return new AllocationRequest(
                participants, layout, minSetSize, maxSetSize, Map.of(), List.of(), List.of(), null);
    }

    public AllocationRequest withPins(Map<String, String> value) {
        return new AllocationRequest(
                participants, layout, minSetSize, maxSetSize, value, facilitators, earlierSets, cohortRule);
    }

    public AllocationRequest withFacilitators(List<Facilitator> value) {
        return new AllocationRequest(
                participants, layout, minSetSize, maxSetSize, pins, value, earlierSets, cohortRule);
    }

    /** With the earlier programmes' sets, kept apart as the programme lead chose. */
    public AllocationRequest withEarlierSets(List<EarlierSet> sets, CohortRule rule) {
        return new AllocationRequest(participants, layout, minSetSize, maxSetSize, pins, facilitators, sets, rule);
    }
}
