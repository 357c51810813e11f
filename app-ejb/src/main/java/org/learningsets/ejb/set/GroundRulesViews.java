package org.learningsets.ejb.set;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The ground rules as the facilitator writes them and as members are asked to agree them. */
public final class GroundRulesViews {

    private GroundRulesViews() {}

    /** One version: {@code number} as people read it ("version 2"), {@code at} when published or last saved. */
    public record RulesVersion(int number, String text, Instant at) implements Serializable {}

    /** A text the facilitator may start a draft from: the golden rules, or another of their sets' rules. */
    public record StartingText(String label, String text) implements Serializable {}

    /**
     * A member and the ground rules: {@code agreedCurrentAt} when they agreed the current version (null: not yet);
     * {@code lastAgreedVersion} the latest version they agreed to (null: none).
     */
    public record MemberAgreement(
            String personId,
            String name,
            String organisation,
            String profession,
            Instant agreedCurrentAt,
            Integer lastAgreedVersion)
            implements Serializable {

        public boolean agreedCurrent() {
            return agreedCurrentAt != null;
        }

        /** Agreed an earlier version but not the current one: the text changed since. */
        public boolean agreedEarlier() {
            return agreedCurrentAt == null && lastAgreedVersion != null;
        }

        /** In words, against the current version {@code current} (null: none published yet). */
        public String describe(Integer current) {
            if (current == null) {
                return "No ground rules published yet";
            }
            if (agreedCurrentAt != null) {
                return "Agreed version " + current;
            }
            return agreedEarlier()
                    ? "Agreed version " + lastAgreedVersion + ", not yet version " + current
                    : "Not agreed yet";
        }
    }

    /**
     * The facilitator's page for the set's ground rules: the published version members agree to (null: none yet),
     * the draft being written (null: none), texts to start from, and who has agreed.
     */
    public record RulesEditor(
            String setId,
            String setName,
            boolean open,
            RulesVersion current,
            RulesVersion draft,
            List<StartingText> startingTexts,
            List<MemberAgreement> members)
            implements Serializable {

        public long agreedCount() {
            return members.stream().filter(MemberAgreement::agreedCurrent).count();
        }
    }

    /**
     * Ground rules a member still has to agree: the current published version of a set they belong to.
     * {@code changed}: they agreed an earlier version, and the text has changed since.
     */
    public record RulesToAgree(String setId, String setName, int version, String text, boolean changed)
            implements Serializable {}
}
