package org.learningsets.web.allocation;

import java.io.Serializable;
import java.util.List;
import org.learningsets.ejb.allocation.RuleExplanation;

/**
 * How the allocation on screen stands against one rule, in words: kept or broken (rules that must hold), met or
 * not fully met (preferences), with the reasons naming sets and people, and the notes on what the numbers allow.
 */
public record RuleLine(String description, boolean hard, boolean met, List<String> reasons, List<String> notes)
        implements Serializable {

    public RuleLine {
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
    }

    static RuleLine of(RuleExplanation rule) {
        return new RuleLine(rule.rule().description(), rule.isHard(), rule.met(), rule.reasons(), rule.notes());
    }

    public String status() {
        if (hard) {
            return met ? "Kept" : "Broken";
        }
        return met ? "Met" : "Not fully met";
    }
}
