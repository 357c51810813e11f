package org.learningsets.web.evaluation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.learningsets.ejb.evaluation.EvaluationForm;
import org.learningsets.ejb.evaluation.EvaluationService;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.model.common.StateException;
import org.learningsets.web.platform.Messages;

/** A member answers their programme's evaluation, once and anonymously; every question may be left out. */
@Named
@ViewScoped
public class EvaluationAnswerBacking implements ScaleAnswers, Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    EvaluationService evaluation;

    private String programmeId;
    private EvaluationForm form;
    private final Map<String, Integer> scores = new HashMap<>();
    private String differenceMade;
    private String whatToChange;

    private String notice;

    /** An evaluation not opened yet says so on the page (a link kept from earlier, a typed address). */
    public void load() {
        if (programmeId == null || programmeId.isBlank()) {
            throw new NotFoundException("No programme was named; open the evaluation from your home page.");
        }
        try {
            form = evaluation.form(programmeId);
        } catch (StateException e) {
            notice = e.getMessage();
        }
    }

    public String getNotice() {
        return notice;
    }

    public String submit() {
        if (!Messages.attempt(() -> evaluation.answer(programmeId, given(), differenceMade, whatToChange))) {
            form = evaluation.form(programmeId);
            return null;
        }
        Messages.info("Thank you. Your answers are in, with no name attached.");
        return "/evaluation/answer?faces-redirect=true&programme=" + programmeId;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = programmeId;
    }

    public EvaluationForm getForm() {
        return form;
    }

    @Override
    public Map<String, Integer> getScores() {
        return scores;
    }

    public String getDifferenceMade() {
        return differenceMade;
    }

    public void setDifferenceMade(String differenceMade) {
        this.differenceMade = differenceMade;
    }

    public String getWhatToChange() {
        return whatToChange;
    }

    public void setWhatToChange(String whatToChange) {
        this.whatToChange = whatToChange;
    }
}
