package org.learningsets.ejb.home;

import java.util.List;
import java.util.Set;
import org.learningsets.ejb.set.GroundRulesViews;
import org.learningsets.model.security.Role;

/**
 * Everything the home page shows for one person; the lists are empty (never null) for roles they lack.
 * {@code rulesToAgree}: the current ground rules of the member's sets that they have not agreed yet.
 */
public record HomeView(
        String fullName,
        Set<Role> roles,
        List<SetSummary> memberSets,
        List<SetSummary> facilitatedSets,
        List<ProgrammeSummary> programmes,
        List<MeetingSummary> nextMeetings,
        List<GroundRulesViews.RulesToAgree> rulesToAgree) {

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean isFacilitator() {
        return roles.contains(Role.FACILITATOR);
    }

    public boolean isMember() {
        return roles.contains(Role.MEMBER);
    }
}
