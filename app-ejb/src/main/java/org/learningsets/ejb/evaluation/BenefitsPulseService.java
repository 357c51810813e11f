package org.learningsets.ejb.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.learningsets.ejb.confidentiality.ConfidentialTextKeys;
import org.learningsets.ejb.confidentiality.SetContentAccess;
import org.learningsets.ejb.evaluation.EvaluationForm.Question;
import org.learningsets.ejb.platform.ConfigKeys;
import org.learningsets.ejb.platform.Find;
import org.learningsets.ejb.security.Callers;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.evaluation.PulseItem;
import org.learningsets.model.evaluation.PulseParticipation;
import org.learningsets.model.evaluation.PulseResponse;
import org.learningsets.model.evaluation.SurveyItem;
import org.learningsets.model.meeting.Attendance;
import org.learningsets.model.meeting.AttendanceStatus;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.Programme;
import org.learningsets.model.security.Role;

/**
 * The optional post-meeting benefits pulse. The programme lead offers it; then after each held meeting the members
 * who were there may answer once, anonymously (the response names only the programme and the meeting's number);
 * the lead reads the results only from K answers (the themes' threshold).
 */
@Stateless
public class BenefitsPulseService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    SetContentAccess content;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    @ConfigProperty(name = ConfigKeys.THEMES_MIN_CONTRIBUTORS, defaultValue = "3")
    int minContributors;

    @RolesAllowed(Role.ADMIN_NAME)
    public void offer(@NotNull String programmeId, boolean offered) {
        Find.byIdForUpdate(em, Programme.class, programmeId, "The programme").offerBenefitsPulse(offered);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public PulseResults results(@NotNull String programmeId) {
        Programme programme = Find.byId(em, Programme.class, programmeId, "The programme");
        int k = Math.max(2, minContributors);
        List<PulseResponse> responses = em.createNamedQuery("PulseResponse.ofProgramme", PulseResponse.class)
                .setParameter("programme", programme)
                .getResultList();
        if (responses.size() < k) {
            return new PulseResults(
                    programme.getId(),
                    programme.getName(),
                    programme.offersBenefitsPulse(),
                    responses.size(),
                    k,
                    List.of(),
                    List.of(),
                    List.of());
        }
        List<PulseResults.Scores> scores = responses.stream()
                .map(r -> new PulseResults.Scores(r.getMeetingNumber(), SurveyItem.answered(PulseItem.class, r::score)))
                .toList();
        TextCipher cipher = keys.cipher();
        return new PulseResults(
                programme.getId(),
                programme.getName(),
                programme.offersBenefitsPulse(),
                responses.size(),
                k,
                PulseResults.score(scores),
                PulseResults.confidence(scores, k),
                responses.stream()
                        .map(r -> r.readTakeAway(cipher))
                        .filter(Objects::nonNull)
                        .sorted(String.CASE_INSENSITIVE_ORDER)
                        .toList());
    }

    /** The pulse for a held meeting of the caller's set; refused as the process review is. */
    @RolesAllowed(Role.MEMBER_NAME)
    public PulseForm form(@NotNull String meetingId) {
        Meeting meeting = Find.byId(em, Meeting.class, meetingId, "The meeting");
        Person me = callers.person();
        MeetingRespondents.require(em, content, meeting, me);
        Programme programme = meeting.getSet().getProgramme();
        List<Question> questions = Arrays.stream(PulseItem.values())
                .map(i -> new Question(i.name(), i.getWording(), i.getScale().getLabels()))
                .toList();
        return new PulseForm(
                meeting.getId(),
                programme.getName(),
                meeting.getSequenceNumber(),
                programme.offersBenefitsPulse(),
                answered(meeting, me),
                wasThere(meeting, me),
                questions);
    }

    /** Scores by item name (1 to 5; null or absent: left out) and the free text; once per person and meeting. */
    @RolesAllowed(Role.MEMBER_NAME)
    public void answer(
            @NotNull String meetingId,
            @NotNull Map<String, Integer> scores,
            @Size(
                            max = FieldLengths.LONG_TEXT,
                            message = "Keep your answer to " + FieldLengths.LONG_TEXT + " characters.")
                    String takeAway) {
        // Locked, so a double submission cannot slip past the check for an earlier answer.
        Meeting meeting = Find.byIdForUpdate(em, Meeting.class, meetingId, "The meeting");
        Person me = callers.person();
        MeetingRespondents.require(em, content, meeting, me);
        Programme programme = meeting.getSet().getProgramme();
        if (!programme.offersBenefitsPulse()) {
            throw new StateException(programme.getName() + " does not ask for the benefits pulse after meetings.");
        }
        if (!wasThere(meeting, me)) {
            throw new StateException("The pulse asks about the meeting itself, and you were not marked as there.");
        }
        if (answered(meeting, me)) {
            throw new StateException("You have already answered the pulse for this meeting; answers are anonymous, "
                    + "so they cannot be changed.");
        }
        Map<PulseItem, Integer> byItem = new EnumMap<>(PulseItem.class);
        scores.forEach((name, score) -> byItem.put(SurveyItem.named(PulseItem.class, name), score));
        em.persist(new PulseResponse(programme, meeting.getSequenceNumber(), byItem, takeAway, keys.cipher()));
        em.persist(new PulseParticipation(meeting, me));
    }

    private boolean answered(Meeting meeting, Person me) {
        return em.createNamedQuery("PulseParticipation.count", Long.class)
                        .setParameter("meeting", meeting)
                        .setParameter("person", me)
                        .getSingleResult()
                > 0;
    }

    /** Not marked absent or away; a meeting held without a register counts everyone as there. */
    private boolean wasThere(Meeting meeting, Person me) {
        return em.createNamedQuery("Attendance.ofMeetingAndPerson", Attendance.class)
                .setParameter("meeting", meeting)
                .setParameter("person", me)
                .getResultStream()
                .allMatch(a -> a.getStatus() == AttendanceStatus.PRESENT);
    }
}
