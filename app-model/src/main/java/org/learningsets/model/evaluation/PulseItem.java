package org.learningsets.model.evaluation;

import java.util.Arrays;
import java.util.List;
import org.learningsets.model.evaluation.EvaluationItem.Scale;

/**
 * The optional post-meeting benefits pulse: the case studies' benefits asked about one meeting, short enough to
 * answer in a minute. Confidence is asked every time, so that its average from the first meetings to the last
 * shows confidence before and after; one free-text item.
 */
public enum PulseItem implements SurveyItem {
    PEER_SUPPORT("Today I had support from peers who understood my situation.", Scale.AGREEMENT),
    TIME_TO_REFLECT("Today gave me protected time to think and reflect.", Scale.AGREEMENT),
    ISSUE_MOVED_ON("My issue or my actions moved forward.", Scale.AGREEMENT),
    NOT_THE_ONLY_ONE("I found I was not the only one facing problems like mine.", Scale.AGREEMENT),
    LISTENING_AND_QUESTIONING("I practised listening and asking open questions.", Scale.AGREEMENT),
    CONFIDENCE_NOW("How confident do you feel now about tackling complex problems at work?", Scale.CONFIDENCE),
    TAKE_AWAY("One thing you take away from today (optional)", Scale.FREE_TEXT);

    private final String wording;
    private final Scale scale;

    PulseItem(String wording, Scale scale) {
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

    public static List<PulseItem> scored() {
        return Arrays.stream(values()).filter(PulseItem::isScored).toList();
    }
}
