package org.learningsets.ejb.development;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.learningsets.ejb.development.DevelopmentViews.CompetencyView;
import org.learningsets.ejb.development.DevelopmentViews.FrameworkView;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.platform.Versions;
import org.learningsets.model.common.ConflictException;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.development.Competency;
import org.learningsets.model.development.CompetencyFramework;
import org.learningsets.model.security.Role;

/** Competency frameworks: facilitators read them, programme leads edit them and add new ones. Not confidential. */
@Stateless
@RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
public class FrameworkService {

    @PersistenceContext
    EntityManager em;

    /** Every framework with its competencies, by name. */
    public List<FrameworkView> frameworks() {
        return em.createNamedQuery("CompetencyFramework.all", CompetencyFramework.class)
                .getResultStream()
                .map(f -> view(em, f))
                .toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public String addFramework(@Size(max = FieldLengths.NAME) String name) {
        CompetencyFramework framework = new CompetencyFramework(name);
        long same = em.createNamedQuery("CompetencyFramework.countNamed", Long.class)
                .setParameter("name", framework.getName().toLowerCase(Locale.ROOT))
                .getSingleResult();
        if (same > 0) {
            throw new ConflictException("A framework called " + framework.getName() + " exists already.");
        }
        em.persist(framework);
        return framework.getId();
    }

    /** Adds a competency at the end of the framework; {@code behaviours} one a line. */
    @RolesAllowed(Role.ADMIN_NAME)
    public String addCompetency(
            @NotNull String frameworkId,
            @Size(max = FieldLengths.NAME) String name,
            @Size(max = FieldLengths.LONG_TEXT) String behaviours) {
        CompetencyFramework framework = Find.byId(em, CompetencyFramework.class, frameworkId, "The framework");
        Integer last = em.createNamedQuery("Competency.lastPosition", Integer.class)
                .setParameter("framework", framework)
                .getSingleResult();
        Competency competency = new Competency(framework, last == null ? 1 : last + 1, name, behaviours);
        em.persist(competency);
        return competency.getId();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void changeCompetency(
            @NotNull String competencyId,
            long expectedVersion,
            @Size(max = FieldLengths.NAME) String name,
            @Size(max = FieldLengths.LONG_TEXT) String behaviours) {
        Competency competency = Find.byId(em, Competency.class, competencyId, "The competency");
        Versions.check(competency, expectedVersion, "The competency");
        competency.describe(name, behaviours);
    }

    static FrameworkView view(EntityManager em, CompetencyFramework framework) {
        List<CompetencyView> competencies = em.createNamedQuery("Competency.ofFramework", Competency.class)
                .setParameter("framework", framework)
                .getResultStream()
                .map(c -> new CompetencyView(
                        c.getId(), c.getVersion(), c.getName(), c.behaviourList(), c.getBehaviours()))
                .toList();
        return new FrameworkView(framework.getId(), framework.getName(), competencies);
    }
}
