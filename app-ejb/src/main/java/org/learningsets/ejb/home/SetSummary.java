package org.learningsets.ejb.home;

import java.util.List;

/** A set on the home page: who facilitates, how many members, the next meeting (null when none is planned). */
public record SetSummary(
        String setId,
        String setName,
        String programmeName,
        String state,
        List<String> facilitators,
        int memberCount,
        MeetingSummary nextMeeting) {

    public String facilitatorNames() {
        return String.join(", ", facilitators);
    }
}
