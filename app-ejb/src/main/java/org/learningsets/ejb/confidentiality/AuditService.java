package org.learningsets.ejb.confidentiality;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningsets.ejb.confidentiality.AuditGrouping.Entry;
import org.learningsets.ejb.confidentiality.AuditGrouping.Group;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.action.Action;
import org.learningsets.model.action.ProgressUpdate;
import org.learningsets.model.common.Labels;
import org.learningsets.model.confidentiality.AuditAction;
import org.learningsets.model.confidentiality.AuditEntry;
import org.learningsets.model.confidentiality.AuditedRecord;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;

/** The audit of a set's confidential records, for its facilitators only; there is nothing to edit it with. */
@Stateless
@RolesAllowed(Role.FACILITATOR_NAME)
public class AuditService {

    /** One entry as recorded, with codes ({@code action} and {@code recordType} are enum names). */
    public record AuditView(String actorName, String action, String recordType, String recordId, Instant at)
            implements Serializable {}

    /**
     * One line of the audit page, in words: who, what ("Read 25 times", "Created"), which record ("Issue “Mornings”,
     * held by Amira Khan"), from {@code first} to {@code last} when repeated reads are folded into it. Never the
     * text of the record: titles and names only.
     */
    public record AuditLine(
            String who,
            AuditAction action,
            String what,
            AuditedRecord recordType,
            String kind,
            String record,
            int count,
            Instant first,
            Instant last)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    Callers callers;

    @Inject
    SetContentAccess content;

    /** The set's name with its audit in words, for the facilitators' audit page. */
    public record SetAudit(String setName, List<AuditLine> lines) implements Serializable {}

    public List<AuditView> ofSet(@NotNull String setId) {
        return entries(readable(setId)).stream()
                .map(a -> new AuditView(
                        a.getActor().getFullName(),
                        a.getAction().name(),
                        a.getRecordType().name(),
                        a.getRecordId(),
                        a.getHappenedAt()))
                .toList();
    }

    /**
     * The audit, repeated reads of a record by one person within {@link AuditGrouping#REPEAT_WINDOW} folded into
     * one line, each record named in words; in a fixed number of statements whatever the number of entries.
     */
    public SetAudit trail(@NotNull String setId) {
        LearningSet set = readable(setId);
        Map<String, String> names = recordNames(set);
        List<Group> groups = AuditGrouping.group(entries(set).stream()
                .map(a -> new Entry(
                        a.getActor().getId(),
                        a.getActor().getFullName(),
                        a.getAction(),
                        a.getRecordType(),
                        a.getRecordId(),
                        a.getHappenedAt()))
                .toList());
        return new SetAudit(
                set.getName(),
                groups.stream()
                        .map(g -> {
                            Entry e = g.entry();
                            String what = Labels.of(e.action()) + (g.count() > 1 ? " " + g.count() + " times" : "");
                            return new AuditLine(
                                    e.actorName(),
                                    e.action(),
                                    what,
                                    e.type(),
                                    Labels.of(e.type()),
                                    names.getOrDefault(
                                            e.type() + ":" + e.recordId(), Labels.of(e.type()) + " no longer kept"),
                                    g.count(),
                                    g.first(),
                                    g.last());
                        })
                        .toList());
    }

    private LearningSet readable(String setId) {
        return content.setForFacilitator(setId, callers.person());
    }

    private List<AuditEntry> entries(LearningSet set) {
        return em.createNamedQuery("AuditEntry.ofSet", AuditEntry.class)
                .setParameter("set", set)
                .getResultList();
    }

    /** "Issue “Title”, held by Name" and the like, by "TYPE:id": issue titles and names, never confidential text. */
    private Map<String, String> recordNames(LearningSet set) {
        Map<String, String> names = new HashMap<>();
        for (Issue i : em.createNamedQuery("Issue.ofSet", Issue.class)
                .setParameter("set", set)
                .getResultList()) {
            names.put(
                    AuditedRecord.ISSUE + ":" + i.getId(),
                    "Issue “" + i.readTitle(keys.cipher()) + "”, held by "
                            + i.getHolder().getFullName());
        }
        for (Action a : em.createQuery(
                        "select a from Action a join fetch a.issue join fetch a.owner " + "where a.issue.set = :set",
                        Action.class)
                .setParameter("set", set)
                .getResultList()) {
            names.put(
                    AuditedRecord.ACTION + ":" + a.getId(),
                    "An action of " + a.getOwner().getFullName() + " on “"
                            + a.getIssue().readTitle(keys.cipher()) + "”");
        }
        for (ProgressUpdate p : em.createQuery(
                        // The actions and their issues were read just above: no join to them again.
                        "select p from ProgressUpdate p join fetch p.action join fetch p.author "
                                + "where p.action.issue.set = :set",
                        ProgressUpdate.class)
                .setParameter("set", set)
                .getResultList()) {
            names.put(
                    AuditedRecord.PROGRESS_UPDATE + ":" + p.getId(),
                    "A progress note of " + p.getAuthor().getFullName() + " on “"
                            + p.getAction().getIssue().readTitle(keys.cipher()) + "”");
        }
        return names;
    }
}
