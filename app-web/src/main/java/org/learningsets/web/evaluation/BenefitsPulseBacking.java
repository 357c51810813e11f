package org.learningsets.web.evaluation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.learningsets.ejb.evaluation.BenefitsPulseService;
import org.learningsets.ejb.evaluation.PulseForm;
import org.learningsets.model.common.StateException;
import org.learningsets.web.platform.Messages;

/**
 * The optional benefits pulse under a held meeting's process review: answered once and anonymously, every
 * question may be left out. Shown only when the programme asks it; the review page shows why a meeting cannot be
 * reviewed, and refuses outsiders, before this bean is asked.
 */
@Named
@ViewScoped
public class BenefitsPulseBacking implements ScaleAnswers, Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BenefitsPulseService pulse;

    private String meetingId;
    private PulseForm form;
    private final Map<String, Integer> scores = new HashMap<>();
    private String takeAway;

    public void load() {
        if (meetingId != null && form == null) {
            try {
                form = pulse.form(meetingId);
            } catch (StateException e) {
                form = null;
            }
        }
    }

    public String submit() {
        if (!Messages.attempt(() -> pulse.answer(meetingId, given(), takeAway))) {
            form = pulse.form(meetingId);
            return null;
        }
        Messages.info("Thank you. Your pulse is in, with no name attached.");
        return "/meetings/review?faces-redirect=true&id=" + meetingId;
    }

    public PulseForm getForm() {
        return form;
    }

    public String getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(String meetingId) {
        this.meetingId = meetingId;
    }

    @Override
    public Map<String, Integer> getScores() {
        return scores;
    }

    public String getTakeAway() {
        return takeAway;
    }

    public void setTakeAway(String takeAway) {
        this.takeAway = takeAway;
    }
}
