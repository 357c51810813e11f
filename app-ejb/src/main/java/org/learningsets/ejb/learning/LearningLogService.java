package org.learningsets.ejb.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.learningsets.ejb.confidentiality.AuditTrail;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.confidentiality.SetContentAccess;
import org.learningsets.ejb.meeting.MeetingChoice;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.platform.Versions;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.AuditAction;
import org.learningsets.model.confidentiality.AuditedRecord;
import org.learningsets.model.learning.LearningLogEntry;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.meeting.MeetingStatus;
import org.learningsets.model.person.Person;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;

/** The private learning log: each entry is readable and writable by its author only, nobody else at all. */
@Stateless
@RolesAllowed({Role.FACILITATOR_NAME, Role.MEMBER_NAME})
public class LearningLogService {

    static final String NOT_YOURS = "A learning log entry can be read only by the person who wrote it.";

    /** {@code meetingLabel} names the meeting the entry reflects on (null when none was picked). */
    public record EntryView(
            String id,
            long version,
            String meetingId,
            String whatILearned,
            String whatIWillDoDifferently,
            Instant writtenAt,
            String meetingLabel)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    SetContentAccess content;

    @Inject
    Clock clock;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    AuditTrail audit;

    /** {@code meetingId} is optional; when given it must be a held meeting of one of the author's sets. */
    public String write(
            String meetingId,
            @Size(max = FieldLengths.LONG_TEXT) String whatILearned,
            @Size(max = FieldLengths.LONG_TEXT) String whatIWillDoDifferently) {
        Person me = callers.person();
        Meeting meeting = null;
        if (meetingId != null) {
            meeting = content.meetingForMemberOrFacilitator(
                    meetingId, me, "That meeting is not one of your sets' meetings.");
            if (meeting.getStatus() != MeetingStatus.HELD) {
                throw new StateException("A reflection is written after a meeting; that one has not been held.");
            }
        }
        LearningLogEntry entry =
                new LearningLogEntry(me, meeting, whatILearned, whatIWillDoDifferently, clock.instant(), keys.cipher());
        em.persist(entry);
        audit.record(null, me, AuditAction.CREATE, AuditedRecord.LEARNING_LOG_ENTRY, entry.getId());
        return entry.getId();
    }

    public void rewrite(
            @NotNull String entryId,
            long expectedVersion,
            @Size(max = FieldLengths.LONG_TEXT) String whatILearned,
            @Size(max = FieldLengths.LONG_TEXT) String whatIWillDoDifferently) {
        LearningLogEntry entry = own(entryId);
        Versions.check(entry, expectedVersion, "The entry");
        entry.rewrite(whatILearned, whatIWillDoDifferently, keys.cipher());
        audit.record(null, entry.getAuthor(), AuditAction.CHANGE, AuditedRecord.LEARNING_LOG_ENTRY, entry.getId());
    }

    public EntryView view(@NotNull String entryId) {
        return view(own(entryId));
    }

    /**
     * The author's entries, newest first; {@code search} (optional) matches either answer, ignoring case. Matched
     * here rather than in SQL: the text is to be stored encrypted, which the database cannot search.
     */
    public List<EntryView> mine(@Size(max = FieldLengths.SEARCH) String search) {
        Person me = callers.person();
        String wanted = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return em.createNamedQuery("LearningLogEntry.ofAuthor", LearningLogEntry.class)
                .setParameter("author", me)
                .getResultStream()
                .map(this::view)
                .filter(e -> wanted.isEmpty()
                        || contains(e.whatILearned(), wanted)
                        || contains(e.whatIWillDoDifferently(), wanted))
                .toList();
    }

    /**
     * The meetings the caller can reflect on, newest first: the held meetings of the sets they are a current
     * member or facilitator of (what {@link #write} accepts).
     */
    public List<MeetingChoice> meetingChoices() {
        Person me = callers.person();
        List<LearningSet> sets = new ArrayList<>(em.createNamedQuery("Membership.activeSetsOf", LearningSet.class)
                .setParameter("person", me)
                .getResultList());
        sets.addAll(em.createNamedQuery("FacilitatorAssignment.currentSetsOf", LearningSet.class)
                .setParameter("person", me)
                .getResultList());
        if (sets.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Meeting.heldOfSets", Meeting.class)
                .setParameter("sets", sets)
                .getResultStream()
                .map(MeetingChoice::of)
                .toList();
    }

    private static boolean contains(String text, String wanted) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
    }

    private LearningLogEntry own(String entryId) {
        LearningLogEntry entry = Find.byId(em, LearningLogEntry.class, entryId, "The entry");
        if (!entry.getAuthor().equals(callers.person())) {
            throw new AccessDeniedException(NOT_YOURS);
        }
        return entry;
    }

    private EntryView view(LearningLogEntry e) {
        audit.record(null, e.getAuthor(), AuditAction.READ, AuditedRecord.LEARNING_LOG_ENTRY, e.getId());
        return new EntryView(
                e.getId(),
                e.getVersion(),
                e.getMeeting() == null ? null : e.getMeeting().getId(),
                e.readWhatILearned(keys.cipher()),
                e.readWhatIWillDoDifferently(keys.cipher()),
                e.getWrittenAt(),
                e.getMeeting() == null ? null : MeetingChoice.of(e.getMeeting()).label());
    }
}
