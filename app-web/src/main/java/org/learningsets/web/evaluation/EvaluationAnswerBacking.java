package org.learningsets.web.evaluation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.learningsets.ejb.evaluation.EvaluationForm;
import org.learningsets.ejb.evaluation.EvaluationForm.Question;
import org.learningsets.ejb.evaluation.EvaluationService;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.web.platform.Messages;

/** A member answers their programme's evaluation, once and anonymously; every question may be left out. */
@Named
@ViewScoped
public class EvaluationAnswerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A point of a scale: its value 1 to 5 and its words. */
    public record Option(int value, String label) implements Serializable {
    }

    @EJB
    EvaluationService evaluation;

    private String programmeId;
    private EvaluationForm form;
    private final Map<String, Integer> scores = new HashMap<>();
    private String differenceMade;
    private String whatToChange;

    public void load() {
        if (programmeId == null) {
            throw new NotFoundException("No programme was named; open the evaluation from your home page.");
        }
        form = evaluation.form(programmeId);
    }

    public String submit() {
        Map<String, Integer> given = new HashMap<>();
        scores.forEach((item, score) -> {
            if (score != null) {
                given.put(item, score);
            }
        });
        if (!Messages.attempt(() -> evaluation.answer(programmeId, given, differenceMade, whatToChange))) {
            form = evaluation.form(programmeId);
            return null;
        }
        Messages.info("Thank you. Your answers are in, with no name attached.");
        return "/evaluation/answer?faces-redirect=true&programme=" + programmeId;
    }

    public List<Option> options(Question question) {
        return IntStream.range(0, question.labels().size())
                .mapToObj(i -> new Option(i + 1, (i + 1) + ": " + question.labels().get(i))).toList();
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
