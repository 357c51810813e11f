package org.learningsets.model.meeting;

/** The typical set meeting order (DOMAIN.md): check-in with attendance, agenda, rounds, process review. */
public enum MeetingStage {
    CHECK_IN("Check-in"),
    AGENDA("Agenda"),
    ROUNDS("Rounds"),
    PROCESS_REVIEW("Process review"),
    ENDED("Ended");

    private final String label;

    MeetingStage(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
