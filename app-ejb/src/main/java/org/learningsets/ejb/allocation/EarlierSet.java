package org.learningsets.ejb.allocation;

import java.util.List;

/**
 * A set of an earlier programme: who was in it and who facilitated it. Ids that are not participants or facilitators
 * of the request are ignored.
 *
 * @param programmeName the earlier programme, named in the explanations
 * @param setName the set's name in that programme
 * @param memberIds people who were members of it
 * @param facilitatorIds people who facilitated it
 */
public record EarlierSet(String programmeName, String setName, List<String> memberIds, List<String> facilitatorIds) {

    public EarlierSet {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
        facilitatorIds = facilitatorIds == null ? List.of() : List.copyOf(facilitatorIds);
    }

    /** "Set 1 of Preceptorship 2026". */
    public String displayName() {
        return setName + " of " + programmeName;
    }
}
