package org.learningsets.ejb.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.evaluation.EvaluationForm.Invitation;
import org.learningsets.ejb.evaluation.EvaluationForm.Question;
import org.learningsets.ejb.platform.ConfigKeys;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.common.AccessDeniedException;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.common.TimeZones;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.evaluation.EvaluationItem;
import org.learningsets.model.evaluation.EvaluationParticipation;
import org.learningsets.model.evaluation.EvaluationResponse;
import org.learningsets.model.evaluation.EvaluationSurvey;
import org.learningsets.model.evaluation.SurveyItem;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.programme.ProgrammeCount;
import org.learningsets.model.security.Role;

/**
 * The end-of-programme evaluation. The programme lead opens and closes it and reads the results, which appear
 * only from K answers (the themes' threshold). The programme's current set members answer once each; answers
 * are anonymous to everybody: a response row holds no person and no time.
 */
@Stateless
public class EvaluationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    @ConfigProperty(name = ConfigKeys.THEMES_MIN_CONTRIBUTORS, defaultValue = "3")
    int minContributors;

    /** Opens the evaluation today (set up now, or brought forward from the day it was to open). */
    @RolesAllowed(Role.ADMIN_NAME)
    public void open(@NotNull String programmeId) {
        Programme programme = Find.byIdForUpdate(em, Programme.class, programmeId, "The programme");
        Optional<EvaluationSurvey> survey = surveyOf(programme);
        if (survey.isPresent()) {
            survey.get().openNow(today());
        } else {
            em.persist(new EvaluationSurvey(programme, callers.person(), clock.instant(), today()));
        }
    }

    /** Sets the evaluation to open on a later day (at programme set-up): between today and the programme's end. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void schedule(@NotNull String programmeId, @NotNull LocalDate opensOn) {
        Programme programme = Find.byIdForUpdate(em, Programme.class, programmeId, "The programme");
        if (surveyOf(programme).isPresent()) {
            throw new StateException("The evaluation of " + programme.getName() + " is already set up.");
        }
        if (opensOn.isBefore(today()) || opensOn.isAfter(programme.getEndDate())) {
            throw new InvalidInputException("The evaluation opens between today and the programme's last day ("
                    + programme.getEndDate() + ").");
        }
        em.persist(new EvaluationSurvey(programme, callers.person(), clock.instant(), opensOn));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void close(@NotNull String programmeId) {
        Programme programme = Find.byId(em, Programme.class, programmeId, "The programme");
        surveyOf(programme).orElseThrow(() -> notOpened(programme)).close(clock.instant());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public EvaluationResults results(@NotNull String programmeId) {
        Programme programme = Find.byId(em, Programme.class, programmeId, "The programme");
        int members = em.createNamedQuery("Membership.countActiveByProgrammes", ProgrammeCount.class)
                .setParameter("programmeIds", List.of(programme.getId()))
                .getResultStream()
                .mapToInt(c -> c.count().intValue())
                .sum();
        int k = Math.max(2, minContributors);
        Optional<EvaluationSurvey> survey = surveyOf(programme);
        if (survey.isEmpty()) {
            return new EvaluationResults(
                    programme.getId(),
                    programme.getName(),
                    false,
                    false,
                    null,
                    null,
                    null,
                    members,
                    0,
                    k,
                    List.of(),
                    List.of(),
                    List.of());
        }
        EvaluationSurvey s = survey.get();
        List<EvaluationResponse> responses = em.createNamedQuery(
                        "EvaluationResponse.ofSurvey", EvaluationResponse.class)
                .setParameter("survey", s)
                .getResultList();
        if (responses.size() < k) {
            return new EvaluationResults(
                    programme.getId(),
                    programme.getName(),
                    true,
                    s.isOpenOn(today()),
                    s.getOpensOn(),
                    s.getOpenedAt(),
                    s.getClosedAt(),
                    members,
                    responses.size(),
                    k,
                    List.of(),
                    List.of(),
                    List.of());
        }
        TextCipher cipher = keys.cipher();
        List<Map<EvaluationItem, Integer>> scores = responses.stream()
                .map(r -> SurveyItem.answered(EvaluationItem.class, r::score))
                .toList();
        return new EvaluationResults(
                programme.getId(),
                programme.getName(),
                true,
                s.isOpenOn(today()),
                s.getOpensOn(),
                s.getOpenedAt(),
                s.getClosedAt(),
                members,
                responses.size(),
                k,
                EvaluationResults.score(scores),
                texts(responses.stream().map(r -> r.readDifferenceMade(cipher)).toList()),
                texts(responses.stream().map(r -> r.readWhatToChange(cipher)).toList()));
    }

    /** Open evaluations of the caller's programmes that they have not answered yet. */
    @RolesAllowed(Role.MEMBER_NAME)
    public List<Invitation> invitations() {
        return em.createNamedQuery("EvaluationSurvey.openForPerson", EvaluationSurvey.class)
                .setParameter("person", callers.person())
                .setParameter("today", today())
                .getResultStream()
                .map(s -> new Invitation(
                        s.getProgramme().getId(), s.getProgramme().getName()))
                .toList();
    }

    @RolesAllowed(Role.MEMBER_NAME)
    public EvaluationForm form(@NotNull String programmeId) {
        Person me = callers.person();
        Programme programme = memberProgramme(programmeId, me);
        EvaluationSurvey survey = surveyOf(programme).orElseThrow(() -> notOpened(programme));
        List<Question> questions = Arrays.stream(EvaluationItem.values())
                .map(i -> new Question(i.name(), i.getWording(), i.getScale().getLabels()))
                .toList();
        return new EvaluationForm(
                programme.getId(), programme.getName(), survey.isOpenOn(today()), answered(survey, me), questions);
    }

    /** Scores by item name (1 to 5; null or absent: left out) and the two free texts; once per person. */
    @RolesAllowed(Role.MEMBER_NAME)
    public void answer(
            @NotNull String programmeId,
            @NotNull Map<String, Integer> scores,
            @Size(
                            max = FieldLengths.LONG_TEXT,
                            message = "Keep each answer to " + FieldLengths.LONG_TEXT + " characters.")
                    String differenceMade,
            @Size(
                            max = FieldLengths.LONG_TEXT,
                            message = "Keep each answer to " + FieldLengths.LONG_TEXT + " characters.")
                    String whatToChange) {
        Person me = callers.person();
        Programme programme = memberProgramme(programmeId, me);
        EvaluationSurvey survey = surveyOf(programme).orElseThrow(() -> notOpened(programme));
        // One answer at a time per survey, so a double submission cannot slip past the check below.
        em.lock(survey, LockModeType.PESSIMISTIC_WRITE);
        if (answered(survey, me)) {
            throw new StateException("You have already answered the evaluation of " + programme.getName()
                    + "; answers are anonymous, so they cannot be changed.");
        }
        Map<EvaluationItem, Integer> byItem = new EnumMap<>(EvaluationItem.class);
        scores.forEach((name, score) -> byItem.put(SurveyItem.named(EvaluationItem.class, name), score));
        em.persist(new EvaluationResponse(survey, today(), byItem, differenceMade, whatToChange, keys.cipher()));
        em.persist(new EvaluationParticipation(survey, me));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeZones.LONDON));
    }

    private static List<String> texts(List<String> answers) {
        return answers.stream()
                .filter(Objects::nonNull)
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }

    private Programme memberProgramme(String programmeId, Person me) {
        Programme programme = Find.byId(em, Programme.class, programmeId, "The programme");
        boolean member = !em.createNamedQuery("Membership.activeInProgramme")
                .setParameter("person", me)
                .setParameter("programme", programme)
                .getResultList()
                .isEmpty();
        if (!member) {
            throw new AccessDeniedException("This evaluation is for the members of " + programme.getName() + ".");
        }
        return programme;
    }

    private boolean answered(EvaluationSurvey survey, Person me) {
        return em.createNamedQuery("EvaluationParticipation.count", Long.class)
                        .setParameter("survey", survey)
                        .setParameter("person", me)
                        .getSingleResult()
                > 0;
    }

    private Optional<EvaluationSurvey> surveyOf(Programme programme) {
        return em.createNamedQuery("EvaluationSurvey.ofProgramme", EvaluationSurvey.class)
                .setParameter("programme", programme)
                .getResultStream()
                .findFirst();
    }

    private static StateException notOpened(Programme programme) {
        return new StateException("The evaluation of " + programme.getName() + " has not been opened yet.");
    }
}
