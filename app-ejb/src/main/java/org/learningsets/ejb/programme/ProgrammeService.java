package org.learningsets.ejb.programme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.platform.Versions;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.programme.Cadence;
import org.learningsets.model.programme.CadenceKind;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.security.Role;

/** Programme set-up by a programme lead: create, edit, open, close. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ProgrammeService {

    @PersistenceContext
    EntityManager em;

    public String create(@NotNull @Valid ProgrammeDraft draft) {
        requireUniqueName(draft.name(), "");
        Programme programme = new Programme(draft.name(), sponsor(draft.sponsor()), draft.startDate(),
                draft.endDate(), cadence(draft), draft.meetingMinutes(), draft.minSetSize(), draft.maxSetSize(),
                draft.minimumMeetings(), draft.mode());
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
        programme.rename(draft.name());
        programme.reschedule(draft.startDate(), draft.endDate(), cadence(draft), draft.meetingMinutes(),
                draft.minimumMeetings(), draft.mode());
        programme.resize(draft.minSetSize(), draft.maxSetSize());
        em.flush();
        return ProgrammeView.of(programme);
    }

    public void open(@NotNull String programmeId) {
        Find.byId(em, Programme.class, programmeId, "The programme").open();
    }

    /** Closing needs every set closed first: a programme never ends under a set that is still meeting. */
    public void close(@NotNull String programmeId) {
        Programme programme = Find.byId(em, Programme.class, programmeId, "The programme");
        long meeting = em.createQuery("select count(s) from LearningSet s where s.programme = :p and s.state in "
                + "(org.learningsets.model.set.SetState.FORMING, org.learningsets.model.set.SetState.ACTIVE, "
                + "org.learningsets.model.set.SetState.SELF_FACILITATING)", Long.class)
                .setParameter("p", programme).getSingleResult();
        if (meeting > 0) {
            throw new StateException(meeting + (meeting == 1 ? " set is" : " sets are")
                    + " still forming or meeting; close them before closing the programme.");
        }
        programme.close();
    }

    public ProgrammeView view(@NotNull String programmeId) {
        return ProgrammeView.of(Find.byId(em, Programme.class, programmeId, "The programme"));
    }

    private void requireUniqueName(String name, String exceptId) {
        if (em.createNamedQuery("Programme.countByName", Long.class).setParameter("name", name.strip())
                .setParameter("exceptId", exceptId).getSingleResult() > 0) {
            throw new InvalidInputException("A programme called \"" + name.strip() + "\" already exists.");
        }
    }

    private Organisation sponsor(String name) {
        return em.createNamedQuery("Organisation.findByName", Organisation.class).setParameter("name", name.strip())
                .getResultStream().findFirst().orElseGet(() -> {
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
