package org.learningsets.model.meeting;

import org.learningsets.model.common.Labels;

/** The typical set meeting order (DOMAIN.md): check-in with attendance, agenda, rounds, process review. */
public enum MeetingStage {
    CHECK_IN,
    AGENDA,
    ROUNDS,
    PROCESS_REVIEW,
    ENDED;

    public String getLabel() {
        return Labels.of(this);
    }
}
