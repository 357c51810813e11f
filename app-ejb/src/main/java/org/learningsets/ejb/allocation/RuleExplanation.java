package org.learningsets.ejb.allocation;

import java.util.List;

/**
 * How an allocation stands against one rule.
 *
 * @param rule the rule
 * @param met whether the allocation keeps it
 * @param reasons when not met, one plain-English sentence per breach, naming the set and the people
 * @param notes context that is not a breach: what the data allow, what is unavoidable, what was checked
 */
public record RuleExplanation(AllocationRule rule, boolean met, List<String> reasons, List<String> notes) {

    public RuleExplanation {
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
    }

    public boolean isHard() {
        return rule.isHard();
    }
}
