package org.learningsets.ejb.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the application holds that a person wrote or that is about them, and nothing anyone else wrote:
 * issues they hold, actions they own, progress they reported, their learning log and meeting reviews, their
 * development record (with what their supervisor or assessor wrote in it, which is about them) and what they wrote in
 * others', their answers to requests to observe a meeting, memberships, theme consents and their data requests. Serialised as JSON for the download.
 */
public record MyDataExport(
        Instant exportedAt,
        Me me,
        List<SetMembership> memberships,
        List<MyIssue> issues,
        List<MyAction> actions,
        List<MyProgress> progressReports,
        List<MyLogEntry> learningLog,
        List<MyReview> meetingReviews,
        List<MyConsent> themeConsents,
        List<MyDevelopmentEntry> developmentRecord,
        List<MyObservationAnswer> observationAnswers,
        List<MyRequest> dataRequests) {

    public record Me(String fullName, String email, String organisation) {}

    public record SetMembership(String set, String programme, String status, Instant joinedAt, Instant endedAt) {}

    public record MyIssue(
            String id, String set, String title, String narrative, String status, Instant raisedAt, Instant closedAt) {}

    /** issueId links to one of {@link #issues()} when the issue is the person's own. */
    public record MyAction(String id, String issueId, String description, LocalDate dueDate, String status) {}

    public record MyProgress(String actionId, String note, Instant reportedAt) {}

    public record MyLogEntry(
            String set, Instant meetingStart, String whatILearned, String whatIWillDoDifferently, Instant writtenAt) {}

    public record MyReview(
            String set,
            Instant meetingStart,
            int pulse,
            String whatHelped,
            String whatGotInTheWay,
            String whatILearned,
            Instant answeredAt) {}

    /** {@code facilitator}: whose record the entry is in; {@code competency} is null for a goal about none. */
    public record MyDevelopmentEntry(
            String facilitator, String kind, String competency, String text, String author, Instant writtenAt) {}

    /** A member's answer to a request to observe one of their set's meetings. */
    public record MyObservationAnswer(String set, Instant meetingStart, String answer, Instant answeredAt) {}

    public record MyConsent(String set, boolean inForce, Instant givenAt, Instant withdrawnAt) {}

    public record MyRequest(String kind, String status, Instant requestedAt, Instant completedAt) {}
}
