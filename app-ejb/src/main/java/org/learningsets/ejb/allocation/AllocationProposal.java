package org.learningsets.ejb.allocation;

import java.util.List;
import java.util.Optional;

/**
 * The engine's answer: the sets, the score the search reached and how the result stands against each rule.
 *
 * @param sets the sets in the order of the request (or Set 1, Set 2, ... when derived)
 * @param hardScore zero when no hard rule is broken, otherwise minus the breaches: one per member too many or too
 *        few in a set, per person in a set with their line manager, per pair of colleagues sharing a set beyond
 *        what their organisation's numbers force, and per set beyond a facilitator's capacity
 * @param softScore zero when every preference is met, otherwise minus one per pair of people who share a
 *        profession or a clinical area in a set, and per pair of sets that share a facilitator
 * @param rules one explanation per rule that applies to the request
 * @param statistics how the search went
 */
public record AllocationProposal(
        List<ProposedSet> sets, int hardScore, int softScore, List<RuleExplanation> rules, SolveStatistics statistics) {

    public AllocationProposal {
        sets = List.copyOf(sets);
        rules = List.copyOf(rules);
    }

    /** True when no hard rule is broken, so the proposal can be used as it is. */
    public boolean isFeasible() {
        return hardScore == 0;
    }

    /** The explanation for one rule; empty when the rule does not apply (facilitator rules without facilitators). */
    public Optional<RuleExplanation> rule(AllocationRule rule) {
        return rules.stream().filter(r -> r.rule() == rule).findFirst();
    }

    /** The set a participant was placed in. */
    public Optional<ProposedSet> setOf(String participantId) {
        return sets.stream()
                .filter(s -> s.participantIds().contains(participantId))
                .findFirst();
    }
}
