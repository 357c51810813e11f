package org.learningsets.ejb.rights;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.learningsets.ejb.confidentiality.AuditTrail;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.confidentiality.Contributions;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.action.Action;
import org.learningsets.model.action.ProgressUpdate;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.AuditAction;
import org.learningsets.model.confidentiality.AuditedRecord;
import org.learningsets.model.confidentiality.DataRequest;
import org.learningsets.model.confidentiality.DataRequestKind;
import org.learningsets.model.confidentiality.DataRequestStatus;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.development.ObservationConsent;
import org.learningsets.model.evaluation.MeetingReview;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.learning.LearningLogEntry;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.Membership;
import org.learningsets.model.theme.ThemeConsent;

/**
 * A person's rights over their own data: download it (recorded, done at once) and ask for their contributions to be
 * erased (recorded; a programme lead carries it out with {@link ErasureService}, without seeing the text).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME, Role.MEMBER_NAME})
public class MyDataService {

    /** {@code kind} and {@code status} are the enums' names, for code and tests; the page reads the enums. */
    public record RequestView(
            String id, String kind, String status, Instant requestedAt, Instant completedAt, Integer records)
            implements Serializable {

        public DataRequestKind requestKind() {
            return DataRequestKind.valueOf(kind);
        }

        public DataRequestStatus requestStatus() {
            return DataRequestStatus.valueOf(status);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The caller's own data; the download itself is recorded as a done EXPORT request. */
    public MyDataExport export() {
        Person me = callers.person();
        TextCipher cipher = keys.cipher();
        Instant now = clock.instant();
        Contributions mine = Contributions.of(em, me);
        List<Issue> issues = mine.issues();
        List<Action> actions = mine.actions();
        List<ProgressUpdate> progress = mine.progress();
        List<LearningLogEntry> log = mine.log();
        List<MeetingReview> reviews = mine.reviews();
        issues.forEach(i -> audit.record(i.getSet(), me, AuditAction.READ, AuditedRecord.ISSUE, i.getId()));
        actions.forEach(
                a -> audit.record(a.getIssue().getSet(), me, AuditAction.READ, AuditedRecord.ACTION, a.getId()));
        progress.forEach(p -> audit.record(
                p.getAction().getIssue().getSet(), me, AuditAction.READ, AuditedRecord.PROGRESS_UPDATE, p.getId()));
        log.forEach(e -> audit.record(null, me, AuditAction.READ, AuditedRecord.LEARNING_LOG_ENTRY, e.getId()));
        reviews.forEach(r -> audit.record(null, me, AuditAction.READ, AuditedRecord.MEETING_REVIEW, r.getId()));
        mine.development()
                .forEach(e -> audit.record(null, me, AuditAction.READ, AuditedRecord.DEVELOPMENT_ENTRY, e.getId()));

        DataRequest request = new DataRequest(me, DataRequestKind.EXPORT, now);
        request.complete(me, mine.size(), now);
        em.persist(request);

        return new MyDataExport(
                now,
                new MyDataExport.Me(
                        me.getFullName(), me.getEmail(), me.getOrganisation().getName()),
                em.createNamedQuery("Membership.ofPerson", Membership.class)
                        .setParameter("person", me)
                        .getResultStream()
                        .map(m -> new MyDataExport.SetMembership(
                                m.getSet().getName(),
                                m.getSet().getProgramme().getName(),
                                m.getStatus().name(),
                                m.getJoinedAt(),
                                m.getEndedAt()))
                        .toList(),
                issues.stream()
                        .map(i -> new MyDataExport.MyIssue(
                                i.getId(),
                                i.getSet().getName(),
                                i.readTitle(cipher),
                                i.readNarrative(cipher),
                                i.getStatus().name(),
                                i.getRaisedAt(),
                                i.getClosedAt()))
                        .toList(),
                actions.stream()
                        .map(a -> new MyDataExport.MyAction(
                                a.getId(),
                                a.getIssue().getHolder().equals(me)
                                        ? a.getIssue().getId()
                                        : null,
                                a.readDescription(cipher),
                                a.getDueDate(),
                                a.getStatus().name()))
                        .toList(),
                progress.stream()
                        .map(p -> new MyDataExport.MyProgress(
                                p.getAction().getId(), p.readNote(cipher), p.getReportedAt()))
                        .toList(),
                log.stream()
                        .map(e -> new MyDataExport.MyLogEntry(
                                e.getMeeting() == null
                                        ? null
                                        : e.getMeeting().getSet().getName(),
                                e.getMeeting() == null
                                        ? null
                                        : e.getMeeting().getStart().toInstant(),
                                e.readWhatILearned(cipher),
                                e.readWhatIWillDoDifferently(cipher),
                                e.getWrittenAt()))
                        .toList(),
                reviews.stream()
                        .map(r -> new MyDataExport.MyReview(
                                r.getMeeting().getSet().getName(),
                                r.getMeeting().getStart().toInstant(),
                                r.getPulse(),
                                r.readWhatHelped(cipher),
                                r.readWhatGotInTheWay(cipher),
                                r.readWhatILearned(cipher),
                                r.getAnsweredAt()))
                        .toList(),
                em.createNamedQuery("ThemeConsent.ofPerson", ThemeConsent.class)
                        .setParameter("person", me)
                        .getResultStream()
                        .map(c -> new MyDataExport.MyConsent(
                                c.getSet().getName(), c.isInForce(), c.getGivenAt(), c.getWithdrawnAt()))
                        .toList(),
                mine.development().stream()
                        .map(e -> new MyDataExport.MyDevelopmentEntry(
                                e.getRecord().getFacilitator().getFullName(),
                                e.getKind().name(),
                                e.getCompetency() == null
                                        ? null
                                        : e.getCompetency().getName(),
                                e.readText(cipher),
                                e.getAuthor().getFullName(),
                                e.getWrittenAt()))
                        .toList(),
                em.createNamedQuery("ObservationConsent.ofMember", ObservationConsent.class)
                        .setParameter("member", me)
                        .getResultStream()
                        .map(c -> new MyDataExport.MyObservationAnswer(
                                c.getObservation().getMeeting().getSet().getName(),
                                c.getObservation().getMeeting().getStart().toInstant(),
                                c.getAnswer().name(),
                                c.getAnsweredAt()))
                        .toList(),
                requestsOf(me).stream()
                        .map(r -> new MyDataExport.MyRequest(r.kind(), r.status(), r.requestedAt(), r.completedAt()))
                        .toList());
    }

    /** The export as indented JSON (Jakarta JSON Binding), ready to download. */
    public String exportAsJson() {
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            return jsonb.toJson(export());
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the data download.", e);
        }
    }

    public String requestErasure() {
        Person me = callers.person();
        boolean pending = requestsOf(me).stream()
                .anyMatch(r -> r.kind().equals(DataRequestKind.ERASURE.name())
                        && r.status().equals(DataRequestStatus.PENDING.name()));
        if (pending) {
            throw new StateException("You have already asked for erasure; it is waiting for a programme lead.");
        }
        DataRequest request = new DataRequest(me, DataRequestKind.ERASURE, clock.instant());
        em.persist(request);
        return request.getId();
    }

    public List<RequestView> myRequests() {
        return requestsOf(callers.person());
    }

    private List<RequestView> requestsOf(Person person) {
        return em.createNamedQuery("DataRequest.ofPerson", DataRequest.class)
                .setParameter("person", person)
                .getResultStream()
                .map(r -> new RequestView(
                        r.getId(),
                        r.getKind().name(),
                        r.getStatus().name(),
                        r.getRequestedAt(),
                        r.getCompletedAt(),
                        r.getRecords()))
                .toList();
    }
}
