package org.learningsets.ejb.development;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.learningsets.model.development.EntryKind;
import org.learningsets.model.development.TraineeshipStatus;

/** What the web module sees of frameworks and development records. */
public final class DevelopmentViews {

    private DevelopmentViews() {}

    public record CompetencyView(String id, long version, String name, List<String> behaviours, String behavioursText)
            implements Serializable {}

    public record FrameworkView(String id, String name, List<CompetencyView> competencies) implements Serializable {}

    /** {@code competencyName} is null for a goal written against no competency. */
    public record EntryView(
            String id, EntryKind kind, String competencyName, String text, String authorName, Instant writtenAt)
            implements Serializable {}

    public record ShareView(String personId, String name, String email, Instant sharedAt) implements Serializable {}

    /** Someone the record is shared with opened it (from the audit of reads). */
    public record ReadView(String readerName, Instant at) implements Serializable {}

    /**
     * A record as its facilitator or someone they shared it with sees it. {@code mine}: the caller is its facilitator
     * (shares and {@code openedBy}, the audit of reads by others, are shown to them only); {@code canWrite}: the kinds
     * of entry the caller may add.
     */
    public record RecordView(
            String id,
            String facilitatorName,
            boolean mine,
            FrameworkView framework,
            List<EntryView> entries,
            List<ShareView> shares,
            Instant assessmentDoneAt,
            String assessmentDoneBy,
            List<EntryKind> canWrite,
            List<TraineeshipView> traineeships,
            List<ReadView> openedBy)
            implements Serializable {

        public boolean canMarkAssessmentDone() {
            return !mine;
        }
    }

    /** A record shared with the caller, for their list. */
    public record SharedRecord(String recordId, String facilitatorName, Instant sharedAt, Instant assessmentDoneAt)
            implements Serializable {}

    /**
     * A co-facilitation traineeship with its progress: the set's meetings held since it started out of those agreed,
     * and how many reflections the trainee and the mentor have written. Counts and dates only, never what was
     * written: this is what the programme lead sees.
     */
    public record TraineeshipView(
            String id,
            String traineeName,
            String mentorName,
            String setId,
            String setName,
            int agreedMeetings,
            long meetingsHeld,
            long traineeReflections,
            long mentorReflections,
            Instant startedAt,
            TraineeshipStatus status,
            Instant signedOffAt,
            String signedOffBy,
            Instant endedAt)
            implements Serializable {

        public boolean inTraining() {
            return status == TraineeshipStatus.IN_TRAINING;
        }

        public boolean signedOff() {
            return status == TraineeshipStatus.SIGNED_OFF;
        }

        /** The agreed meetings are held: the lead may sign the trainee off. */
        public boolean meetingsDone() {
            return meetingsHeld >= agreedMeetings;
        }
    }

    /** A set whose lead facilitator could mentor a trainee, for the lead's choice. */
    public record MentorSet(String setId, String setName, String mentorName) implements Serializable {}
}
