package org.learningsets.model.evaluation;

import java.util.Arrays;
import java.util.List;

/**
 * The end-of-programme survey, built from the benefits the case studies report: peer support, time to reflect,
 * issues moved on, not being the only one, listening and questioning skills, and confidence before and after.
 * Scored items are 1 to 5 (or left out); the last two are free text.
 */
public enum EvaluationItem implements SurveyItem {
    PEER_SUPPORT("The set gave me support from peers who understood my situation.", Scale.AGREEMENT),
    TIME_TO_REFLECT("The meetings gave me protected time to think and reflect.", Scale.AGREEMENT),
    ISSUES_MOVED_ON("Issues I brought to the set moved forward or were resolved.", Scale.AGREEMENT),
    NOT_THE_ONLY_ONE("I found I was not the only one facing problems like mine.", Scale.AGREEMENT),
    LISTENING_AND_QUESTIONING("My listening and questioning skills have improved.", Scale.AGREEMENT),
    CONFIDENCE_BEFORE(
            "Before the programme, how confident were you in tackling complex problems at work?", Scale.CONFIDENCE),
    CONFIDENCE_AFTER("Now, how confident are you in tackling complex problems at work?", Scale.CONFIDENCE),
    DIFFERENCE_MADE("What difference has your set made to you or your work?", Scale.FREE_TEXT),
    WHAT_TO_CHANGE("What would you change about the programme?", Scale.FREE_TEXT);

    /** How an item is answered; the labels are those of points 1 to 5. */
    public enum Scale {
        AGREEMENT(List.of("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree")),
        CONFIDENCE(List.of(
                "Not at all confident", "Slightly confident", "Moderately confident", "Confident", "Very confident")),
        FREE_TEXT(List.of());

        private final List<String> labels;

        Scale(List<String> labels) {
            this.labels = labels;
        }

        public List<String> getLabels() {
            return labels;
        }
    }

    private final String wording;
    private final Scale scale;

    EvaluationItem(String wording, Scale scale) {
        this.wording = wording;
        this.scale = scale;
    }

    @Override
    public String getWording() {
        return wording;
    }

    @Override
    public Scale getScale() {
        return scale;
    }

    public static List<EvaluationItem> scored() {
        return Arrays.stream(values()).filter(EvaluationItem::isScored).toList();
    }
}
