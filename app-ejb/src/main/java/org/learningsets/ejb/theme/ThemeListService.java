package org.learningsets.ejb.theme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.learningsets.ejb.platform.Find;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.StateException;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.programme.Theme;
import org.learningsets.model.security.Role;

/** A programme's theme list, kept by programme leads; facilitators tag issues from it. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ThemeListService {

    @PersistenceContext
    EntityManager em;

    public String add(
            @NotNull String programmeId,
            @NotBlank(message = "Name the theme.") @Size(max = FieldLengths.SHORT_TEXT) String name) {
        Programme programme = Find.byId(em, Programme.class, programmeId, "The programme");
        String trimmed = name.strip();
        boolean taken = themes(programme).stream().anyMatch(t -> t.getName().equalsIgnoreCase(trimmed));
        if (taken) {
            throw new StateException("The programme already has a theme called " + trimmed + ".");
        }
        Theme theme = new Theme(programme, trimmed);
        em.persist(theme);
        return theme.getId();
    }

    /** A theme no issue is tagged with can go; a used one stays so that summaries keep their meaning. */
    public void remove(@NotNull String themeId) {
        Theme theme = Find.byId(em, Theme.class, themeId, "The theme");
        long uses = em.createNamedQuery("IssueTheme.countOfTheme", Long.class)
                .setParameter("theme", theme)
                .getSingleResult();
        if (uses > 0) {
            throw new StateException(theme.getName() + " is used on " + uses + (uses == 1 ? " issue" : " issues")
                    + " and cannot be removed.");
        }
        em.remove(theme);
    }

    public List<ThemeTagService.ThemeOption> list(@NotNull String programmeId) {
        Programme programme = Find.byId(em, Programme.class, programmeId, "The programme");
        return themes(programme).stream()
                .map(t -> new ThemeTagService.ThemeOption(t.getId(), t.getName()))
                .toList();
    }

    private List<Theme> themes(Programme programme) {
        return em.createNamedQuery("Theme.findByProgramme", Theme.class)
                .setParameter("programme", programme)
                .getResultList();
    }
}
