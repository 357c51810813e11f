package org.learningsets.model.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.learningsets.model.common.AbstractEntity;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.EncryptedText;
import org.learningsets.model.confidentiality.TextCipher;

/**
 * One anonymous answer to a survey: the scores and two free texts, with no person and no time, so nobody (the
 * programme lead, an administrator reading the tables) can tell whose it is. The free texts are stored encrypted.
 */
@Entity
@Table(name = "evaluation_response")
@NamedQuery(name = "EvaluationResponse.ofSurvey", query = "select r from EvaluationResponse r where r.survey = :survey")
@NamedQuery(
        name = "EvaluationResponse.countOfSurvey",
        query = "select count(r) from EvaluationResponse r where r.survey = :survey")
public class EvaluationResponse extends AbstractEntity implements EncryptedText {

    private static final String DIFFERENCE = "evaluation_response.difference_made:";
    private static final String CHANGE = "evaluation_response.what_to_change:";

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "survey_id", nullable = false)
    private EvaluationSurvey survey;

    @Column(name = "peer_support")
    private Integer peerSupport;

    @Column(name = "time_to_reflect")
    private Integer timeToReflect;

    @Column(name = "issues_moved_on")
    private Integer issuesMovedOn;

    @Column(name = "not_the_only_one")
    private Integer notTheOnlyOne;

    @Column(name = "listening_questioning")
    private Integer listeningAndQuestioning;

    @Column(name = "confidence_before")
    private Integer confidenceBefore;

    @Column(name = "confidence_after")
    private Integer confidenceAfter;

    @Size(max = FieldLengths.LONG_TEXT_STORED)
    @Column(name = "difference_made", length = FieldLengths.LONG_TEXT_STORED)
    private String differenceMade;

    @Size(max = FieldLengths.LONG_TEXT_STORED)
    @Column(name = "what_to_change", length = FieldLengths.LONG_TEXT_STORED)
    private String whatToChange;

    protected EvaluationResponse() {}

    /** Scores 1 to 5 per scored item (an item left out is not answered); at least one answer of any kind. */
    public EvaluationResponse(
            EvaluationSurvey survey,
            LocalDate today,
            Map<EvaluationItem, Integer> scores,
            String difference,
            String change,
            TextCipher cipher) {
        this.survey = Checks.required(survey, "Survey");
        if (!survey.isOpenOn(Checks.required(today, "Today"))) {
            throw new StateException(
                    "The evaluation of " + survey.getProgramme().getName()
                            + (survey.isClosed() ? " has closed." : " opens on " + survey.getOpensOn() + "."));
        }
        Map<EvaluationItem, Integer> s = SurveyItem.checked(EvaluationItem.class, scores);
        String d = Checks.optionalText(difference, "What difference the set made", FieldLengths.LONG_TEXT);
        String c = Checks.optionalText(change, "What you would change", FieldLengths.LONG_TEXT);
        if (s.isEmpty() && d == null && c == null) {
            throw new InvalidInputException("Answer at least one question; every question may be left out.");
        }
        peerSupport = s.get(EvaluationItem.PEER_SUPPORT);
        timeToReflect = s.get(EvaluationItem.TIME_TO_REFLECT);
        issuesMovedOn = s.get(EvaluationItem.ISSUES_MOVED_ON);
        notTheOnlyOne = s.get(EvaluationItem.NOT_THE_ONLY_ONE);
        listeningAndQuestioning = s.get(EvaluationItem.LISTENING_AND_QUESTIONING);
        confidenceBefore = s.get(EvaluationItem.CONFIDENCE_BEFORE);
        confidenceAfter = s.get(EvaluationItem.CONFIDENCE_AFTER);
        differenceMade = Checks.required(cipher, "Cipher").encrypt(d, DIFFERENCE + getId());
        whatToChange = cipher.encrypt(c, CHANGE + getId());
    }

    /** The score given to a scored item, or null when it was left out. */
    public Integer score(EvaluationItem item) {
        return switch (item) {
            case PEER_SUPPORT -> peerSupport;
            case TIME_TO_REFLECT -> timeToReflect;
            case ISSUES_MOVED_ON -> issuesMovedOn;
            case NOT_THE_ONLY_ONE -> notTheOnlyOne;
            case LISTENING_AND_QUESTIONING -> listeningAndQuestioning;
            case CONFIDENCE_BEFORE -> confidenceBefore;
            case CONFIDENCE_AFTER -> confidenceAfter;
            case DIFFERENCE_MADE, WHAT_TO_CHANGE -> null;
        };
    }

    public String readDifferenceMade(TextCipher cipher) {
        return cipher.decrypt(differenceMade, DIFFERENCE + getId());
    }

    public String readWhatToChange(TextCipher cipher) {
        return cipher.decrypt(whatToChange, CHANGE + getId());
    }

    /** Re-encrypts with the current key (key rotation); true when anything changed. */
    @Override
    public boolean reEncrypt(TextCipher cipher) {
        boolean changed = false;
        if (differenceMade != null && cipher.needsReEncryption(differenceMade)) {
            differenceMade = cipher.reEncrypt(differenceMade, DIFFERENCE + getId());
            changed = true;
        }
        if (whatToChange != null && cipher.needsReEncryption(whatToChange)) {
            whatToChange = cipher.reEncrypt(whatToChange, CHANGE + getId());
            changed = true;
        }
        return changed;
    }
}
