package org.learningsets.ejb.programme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.learningsets.ejb.evaluation.EvaluationService;
import org.learningsets.ejb.security.Callers;
import org.learningsets.ejb.theme.ThemeListService;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.security.Role;

/**
 * The programme set-up wizard's last step: the programme, its theme list, (optionally) the day its evaluation
 * opens and whether the post-meeting benefits pulse is offered, created together in one transaction, so a refusal at any point leaves nothing half set up. The caller
 * becomes the programme's lead.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ProgrammeSetupService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @EJB
    ProgrammeService programmes;

    @EJB
    ThemeListService themeList;

    @EJB
    EvaluationService evaluation;

    public String setUp(
            @NotNull @Valid ProgrammeDraft draft,
            @NotNull List<String> themes,
            LocalDate evaluationOpensOn,
            boolean benefitsPulse) {
        List<String> names = checkedThemes(themes);
        String id = programmes.create(draft);
        Programme programme = em.find(Programme.class, id);
        programme.ledBy(callers.person());
        programme.offerBenefitsPulse(benefitsPulse);
        // Written now: the evaluation's schedule locks the programme row, and EclipseLink's locking find re-reads a
        // managed entity from the database, which would drop changes not yet flushed.
        em.flush();
        names.forEach(name -> themeList.add(id, name));
        if (evaluationOpensOn != null) {
            evaluation.schedule(id, evaluationOpensOn);
        }
        return id;
    }

    /** Trimmed, blank lines dropped; each within the length, none twice (ignoring case). */
    static List<String> checkedThemes(List<String> themes) {
        List<String> names = themes.stream()
                .filter(t -> t != null && !t.isBlank())
                .map(String::strip)
                .toList();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name.length() > FieldLengths.SHORT_TEXT) {
                throw new InvalidInputException("Keep each theme to " + FieldLengths.SHORT_TEXT + " characters: \""
                        + name.substring(0, 40) + "...\" is longer.");
            }
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("The theme \"" + name + "\" is listed twice.");
            }
        }
        return names;
    }
}
