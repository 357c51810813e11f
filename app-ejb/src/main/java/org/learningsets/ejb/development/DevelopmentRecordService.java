package org.learningsets.ejb.development;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.learningsets.ejb.confidentiality.AuditTrail;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.development.DevelopmentRecordAccess.Opened;
import org.learningsets.ejb.development.DevelopmentViews.EntryView;
import org.learningsets.ejb.development.DevelopmentViews.ReadView;
import org.learningsets.ejb.development.DevelopmentViews.RecordView;
import org.learningsets.ejb.development.DevelopmentViews.ShareView;
import org.learningsets.ejb.development.DevelopmentViews.SharedRecord;
import org.learningsets.ejb.development.DevelopmentViews.TraineeshipView;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.ConflictException;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.AuditAction;
import org.learningsets.model.confidentiality.AuditEntry;
import org.learningsets.model.confidentiality.AuditedRecord;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.development.AssessmentStatus;
import org.learningsets.model.development.Competency;
import org.learningsets.model.development.CompetencyFramework;
import org.learningsets.model.development.DevelopmentEntry;
import org.learningsets.model.development.DevelopmentRecord;
import org.learningsets.model.development.EntryKind;
import org.learningsets.model.development.RecordShare;
import org.learningsets.model.development.Traineeship;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Account;
import org.learningsets.model.security.Role;

/**
 * Facilitator development records. A record is its facilitator's and the people they share it with (a supervisor or
 * assessor, who holds the facilitator or programme-lead role); every read and write by id goes through
 * {@link DevelopmentRecordAccess}. Programme leads see only whether each assessment is done ({@link #assessments}).
 */
@Stateless
@RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
public class DevelopmentRecordService {

    static final String FACILITATOR_ONLY = "Only the facilitator whose record it is can do that.";
    static final String ASSESSOR_ONLY = "Only a supervisor or assessor the record is shared with can do that.";

    /** The latest reads shown on the record's page; the audit itself keeps every one. */
    static final int OPENED_BY_SHOWN = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    DevelopmentRecordAccess access;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The caller's own record, started on the default framework the first time they open it. */
    @RolesAllowed(Role.FACILITATOR_NAME)
    public RecordView mine() {
        Person me = callers.person();
        return view(new Opened(recordOf(em, me, clock.instant()), me, true));
    }

    /** Opening someone else's record is audited; its facilitator sees who opened it and when. */
    public RecordView read(@NotNull String recordId) {
        Opened opened = access.open(recordId);
        if (!opened.mine()) {
            audit.record(null, opened.caller(), AuditAction.READ, AuditedRecord.DEVELOPMENT_RECORD, recordId);
        }
        return view(opened);
    }

    /**
     * Adds a dated entry: the facilitator writes self-assessments and goals, a person it is shared with writes
     * observations and feedback. {@code competencyId} may be null for a goal only.
     */
    public String write(
            @NotNull String recordId,
            String competencyId,
            EntryKind kind,
            @Size(max = FieldLengths.LONG_TEXT) String text) {
        Opened opened = access.open(recordId);
        if (kind == null) {
            throw new InvalidInputException("Choose what you are writing.");
        }
        if (kind.byFacilitator() != opened.mine()) {
            throw new AccessDeniedException(kind.byFacilitator() ? FACILITATOR_ONLY : ASSESSOR_ONLY);
        }
        if (kind.reflection()) {
            requireTraineeship(opened, kind);
        }
        Competency competency = competencyId == null ? null : competencyOf(em, opened.record(), competencyId);
        DevelopmentEntry entry = new DevelopmentEntry(
                opened.record(), competency, kind, text, opened.caller(), clock.instant(), keys.cipher());
        em.persist(entry);
        audit.record(null, opened.caller(), AuditAction.CREATE, AuditedRecord.DEVELOPMENT_ENTRY, entry.getId());
        return entry.getId();
    }

    /** Shares the caller's record with a supervisor or assessor, named by the email they sign in with. */
    @RolesAllowed(Role.FACILITATOR_NAME)
    public void share(@NotNull String recordId, @Size(max = FieldLengths.EMAIL) String email) {
        Opened opened = ownRecord(recordId);
        String address = Checks.email(email);
        Person assessor = assessor(em, address, "Share your record with a supervisor or assessor who has an account.");
        if (access.shareOf(opened.record(), assessor) != null) {
            throw new ConflictException("Your record is shared with " + assessor.getFullName() + " already.");
        }
        em.persist(new RecordShare(opened.record(), assessor, clock.instant()));
    }

    /** Stops sharing: from now on that person is refused like anyone else. */
    @RolesAllowed(Role.FACILITATOR_NAME)
    public void revoke(@NotNull String recordId, @NotNull String personId) {
        Opened opened = ownRecord(recordId);
        RecordShare share = access.shareOf(opened.record(), Find.byId(em, Person.class, personId, "The person"));
        if (share != null) {
            em.remove(share);
        }
    }

    /** The supervisor or assessor marks the assessment done: the one fact a programme lead sees. */
    public void markAssessmentDone(@NotNull String recordId) {
        Opened opened = access.open(recordId);
        if (opened.mine()) {
            throw new AccessDeniedException(ASSESSOR_ONLY);
        }
        opened.record().markAssessmentDone(opened.caller(), clock.instant());
    }

    /** Moves the caller's record to another framework; entries keep the competency they were written against. */
    @RolesAllowed(Role.FACILITATOR_NAME)
    public void useFramework(@NotNull String recordId, @NotNull String frameworkId) {
        ownRecord(recordId)
                .record()
                .useFramework(Find.byId(em, CompetencyFramework.class, frameworkId, "The framework"));
    }

    /** The records shared with the caller. */
    public List<SharedRecord> sharedWithMe() {
        return em.createNamedQuery("RecordShare.withPerson", RecordShare.class)
                .setParameter("person", callers.person())
                .getResultStream()
                .map(s -> new SharedRecord(
                        s.getRecord().getId(),
                        s.getRecord().getFacilitator().getFullName(),
                        s.getSharedAt(),
                        s.getRecord().getAssessmentDoneAt()))
                .toList();
    }

    /** For programme leads: each record's facilitator and whether the assessment is done; never its content. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AssessmentStatus> assessments() {
        return em.createNamedQuery("DevelopmentRecord.assessments", AssessmentStatus.class)
                .getResultList();
    }

    /** The facilitator's record, started on the default framework when they have none yet. */
    /**
     * The person who signs in as {@code address} if they may assess or supervise (an enabled facilitator or programme
     * lead account); else refused, the message ending with {@code whatToDo}.
     */
    static Person assessor(EntityManager em, String address, String whatToDo) {
        return em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", address)
                .getResultStream()
                .findFirst()
                .filter(a -> a.isEnabled()
                        && (a.getRoles().contains(Role.FACILITATOR)
                                || a.getRoles().contains(Role.ADMIN)))
                .map(Account::getPerson)
                .orElseThrow(() -> new InvalidInputException(
                        "No facilitator or programme lead signs in as " + address + ". " + whatToDo));
    }

    static DevelopmentRecord recordOf(EntityManager em, Person facilitator, Instant now) {
        return em.createNamedQuery("DevelopmentRecord.ofFacilitator", DevelopmentRecord.class)
                .setParameter("facilitator", facilitator)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> start(em, facilitator, now));
    }

    private static DevelopmentRecord start(EntityManager em, Person me, Instant now) {
        DevelopmentRecord record = new DevelopmentRecord(
                me,
                Find.byId(em, CompetencyFramework.class, CompetencyFramework.DEFAULT_ID, "The default framework"),
                now);
        em.persist(record);
        return record;
    }

    /**
     * Reflections on co-facilitating are written during a traineeship: by the trainee on their own record, and by
     * their mentor on it.
     */
    private void requireTraineeship(Opened opened, EntryKind kind) {
        Person trainee = opened.record().getFacilitator();
        List<Traineeship> training = inTraining(trainee);
        if (training.isEmpty()) {
            throw new StateException("Reflections on co-facilitating are written during a traineeship; "
                    + trainee.getFullName() + " is not in training.");
        }
        if (kind == EntryKind.MENTOR_REFLECTION
                && training.stream().noneMatch(t -> t.getMentor().equals(opened.caller()))) {
            throw new AccessDeniedException(
                    "Only " + trainee.getFullName() + "'s mentor writes a mentor's reflection.");
        }
    }

    private List<Traineeship> inTraining(Person trainee) {
        return em.createNamedQuery("Traineeship.inTraining", Traineeship.class)
                .setParameter("trainee", trainee)
                .getResultList();
    }

    private Opened ownRecord(String recordId) {
        Opened opened = access.open(recordId);
        if (!opened.mine()) {
            throw new AccessDeniedException(FACILITATOR_ONLY);
        }
        return opened;
    }

    static Competency competencyOf(EntityManager em, DevelopmentRecord record, String competencyId) {
        Competency competency = Find.byId(em, Competency.class, competencyId, "The competency");
        if (!competency.getFramework().equals(record.getFramework())) {
            throw new InvalidInputException("That competency is not in this record's framework.");
        }
        return competency;
    }

    private RecordView view(Opened opened) {
        DevelopmentRecord record = opened.record();
        TextCipher cipher = keys.cipher();
        List<EntryView> entries = em.createNamedQuery("DevelopmentEntry.ofRecord", DevelopmentEntry.class)
                .setParameter("record", record)
                .getResultStream()
                .map(e -> new EntryView(
                        e.getId(),
                        e.getKind(),
                        e.getCompetency() == null ? null : e.getCompetency().getName(),
                        e.readText(cipher),
                        e.getAuthor().getFullName(),
                        e.getWrittenAt()))
                .toList();
        List<ShareView> shares = !opened.mine()
                ? List.of()
                : em.createNamedQuery("RecordShare.ofRecord", RecordShare.class)
                        .setParameter("record", record)
                        .getResultStream()
                        .map(s -> new ShareView(
                                s.getPerson().getId(),
                                s.getPerson().getFullName(),
                                s.getPerson().getEmail(),
                                s.getSharedAt()))
                        .toList();
        List<Traineeship> training = inTraining(record.getFacilitator());
        boolean mentor = training.stream().anyMatch(t -> t.getMentor().equals(opened.caller()));
        List<TraineeshipView> traineeships = em.createNamedQuery("Traineeship.ofTrainee", Traineeship.class)
                .setParameter("trainee", record.getFacilitator())
                .getResultStream()
                .map(t -> TraineeshipProgress.view(em, t))
                .toList();
        return new RecordView(
                record.getId(),
                record.getFacilitator().getFullName(),
                opened.mine(),
                FrameworkService.view(em, record.getFramework()),
                entries,
                shares,
                record.getAssessmentDoneAt(),
                record.getAssessmentDoneBy() == null
                        ? null
                        : record.getAssessmentDoneBy().getFullName(),
                Arrays.stream(EntryKind.values())
                        .filter(k -> k.byFacilitator() == opened.mine())
                        .filter(k -> !k.reflection() || (opened.mine() ? !training.isEmpty() : mentor))
                        .toList(),
                traineeships,
                opened.mine() ? openedBy(record) : List.of());
    }

    private List<ReadView> openedBy(DevelopmentRecord record) {
        return em.createNamedQuery("AuditEntry.ofRecord", AuditEntry.class)
                .setParameter("type", AuditedRecord.DEVELOPMENT_RECORD)
                .setParameter("id", record.getId())
                .setMaxResults(OPENED_BY_SHOWN)
                .getResultStream()
                .map(a -> new ReadView(a.getActor().getFullName(), a.getHappenedAt()))
                .toList();
    }
}
