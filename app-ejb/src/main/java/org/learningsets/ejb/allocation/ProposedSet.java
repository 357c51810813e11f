package org.learningsets.ejb.allocation;

import java.util.List;

/**
 * One set of the proposal.
 *
 * @param setId the set's id, as named in the request or derived ({@code set-1, ...})
 * @param name the name to show
 * @param participantIds the members, in the order the request listed them
 * @param facilitatorId the facilitator, or null when facilitators were not allocated
 */
public record ProposedSet(String setId, String name, List<String> participantIds, String facilitatorId) {

    public ProposedSet {
        participantIds = List.copyOf(participantIds);
    }

    public int size() {
        return participantIds.size();
    }
}
