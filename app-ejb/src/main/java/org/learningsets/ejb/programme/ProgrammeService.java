package org.learningsets.ejb.programme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.learningsets.ejb.history.ProgrammeChanges;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.platform.Versions;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.programme.Cadence;
import org.learningsets.model.programme.CadenceKind;
import org.learningsets.model.programme.ChangeKind;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.security.Role;
import org.learningsets.model.set.LearningSet;
import org.learningsets.model.set.SetCount;

/** Programme set-up by a programme lead: create, edit, open, close. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ProgrammeService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeChanges changes;

    @Inject
    ProgrammeClosing closing;

    public String create(@NotNull @Valid ProgrammeDraft draft) {
        requireUniqueName(draft.name(), "");
        Programme programme = new Programme(
                draft.name(),
                sponsor(draft.sponsor()),
                draft.startDate(),
                draft.endDate(),
                cadence(draft),
                draft.meetingMinutes(),
                draft.minSetSize(),
                draft.maxSetSize(),
                draft.minimumMeetings(),
                draft.mode());
        em.persist(programme);
        return programme.getId();
    }

    public ProgrammeView edit(@NotNull String programmeId, long expectedVersion, @NotNull @Valid ProgrammeDraft draft) {
        Programme programme = Find.byId(em, Programme.class, programmeId, "The programme");
        Versions.check(programme, expectedVersion, "The programme");
        if (programme.isClosed()) {
            throw new StateException("A closed programme cannot be changed.");
        }
        requireUniqueName(draft.name(), programme.getId());
        requireFitsWhatIsPlanned(programme, draft);
        Map<String, String> before =
                ProgrammeSettingsText.of(ProgrammeView.of(programme).settings());
        programme.rename(draft.name());
        programme.reschedule(
                draft.startDate(),
                draft.endDate(),
                cadence(draft),
                draft.meetingMinutes(),
                draft.minimumMeetings(),
                draft.mode());
        programme.resize(draft.minSetSize(), draft.maxSetSize());
        em.flush();
        ProgrammeView after = ProgrammeView.of(programme);
        String changed = ProgrammeSettingsText.difference(before, ProgrammeSettingsText.of(after.settings()));
        if (!changed.isEmpty()) {
            changes.record(programme, ChangeKind.PROGRAMME_EDITED, changed);
        }
        return after;
    }

    /** A draft programme opens: its sets can start meeting. */
    public void open(@NotNull String programmeId) {
        Programme programme = Find.byId(em, Programme.class, programmeId, "The programme");
        programme.open();
        changes.record(programme, ChangeKind.PROGRAMME_OPENED, programme.getName() + " was opened.");
    }

    /** Closing needs every set closed first: a programme never ends under a set that is still meeting. */
    public void close(@NotNull String programmeId) {
        Programme programme = Find.byId(em, Programme.class, programmeId, "The programme");
        closing.refusal(programme).ifPresent(reason -> {
            throw new StateException(reason);
        });
        programme.close();
        changes.record(programme, ChangeKind.PROGRAMME_CLOSED, programme.getName() + " was closed.");
    }

    /**
     * New dates and set sizes must still hold what is already there: no set above the new largest size, no planned
     * meeting outside the new dates.
     */
    private void requireFitsWhatIsPlanned(Programme programme, ProgrammeDraft draft) {
        List<LearningSet> sets = em.createNamedQuery("LearningSet.findByProgramme", LearningSet.class)
                .setParameter("programme", programme)
                .getResultList();
        List<String> problems = new ArrayList<>();
        if (!sets.isEmpty()) {
            em.createNamedQuery("Membership.countActiveBySet", SetCount.class)
                    .setParameter("sets", sets)
                    .getResultStream()
                    .filter(c -> c.count() > draft.maxSetSize())
                    .forEach(c -> problems.add(c.setName() + " has " + c.count() + " members, more than the new "
                            + "largest set size of " + draft.maxSetSize() + "."));
            long outside = em.createNamedQuery("Meeting.countPlannedOfSetsOutside", Long.class)
                    .setParameter("sets", sets)
                    .setParameter("from", draft.startDate().atStartOfDay())
                    .setParameter("until", draft.endDate().plusDays(1).atStartOfDay())
                    .getSingleResult();
            if (outside > 0) {
                problems.add(outside + (outside == 1 ? " planned meeting falls" : " planned meetings fall")
                        + " outside " + draft.startDate() + " to " + draft.endDate() + "; move or cancel "
                        + (outside == 1 ? "it" : "them") + " first, or keep the dates.");
            }
        }
        if (!problems.isEmpty()) {
            throw new StateException("The programme was not changed: " + String.join(" ", problems));
        }
    }

    public ProgrammeView view(@NotNull String programmeId) {
        return ProgrammeView.of(Find.byId(em, Programme.class, programmeId, "The programme"));
    }

    private void requireUniqueName(String name, String exceptId) {
        if (em.createNamedQuery("Programme.countByName", Long.class)
                        .setParameter("name", name.strip())
                        .setParameter("exceptId", exceptId)
                        .getSingleResult()
                > 0) {
            throw new InvalidInputException("A programme called \"" + name.strip() + "\" already exists.");
        }
    }

    private Organisation sponsor(String name) {
        return em.createNamedQuery("Organisation.findByName", Organisation.class)
                .setParameter("name", name.strip())
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Organisation created = new Organisation(name);
                    em.persist(created);
                    return created;
                });
    }

    private static Cadence cadence(ProgrammeDraft draft) {
        if (draft.cadence() == CadenceKind.MONTHLY_WEEKDAY) {
            if (draft.weekOfMonth() == null) {
                throw new InvalidInputException("Choose which week of the month meetings are in (1 to 4).");
            }
            return Cadence.monthly(draft.weekOfMonth(), draft.weekday(), draft.startTime());
        }
        if (draft.weeksBetweenMeetings() == null) {
            throw new InvalidInputException("Choose how many weeks there are between meetings (1 to 12).");
        }
        return Cadence.everyWeeks(draft.weeksBetweenMeetings(), draft.weekday(), draft.startTime());
    }
}
