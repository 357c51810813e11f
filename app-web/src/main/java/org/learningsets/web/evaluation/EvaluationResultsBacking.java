package org.learningsets.web.evaluation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.learningsets.ejb.evaluation.BenefitsPulseService;
import org.learningsets.ejb.evaluation.EvaluationResults;
import org.learningsets.ejb.evaluation.EvaluationResults.ItemResult;
import org.learningsets.ejb.evaluation.EvaluationService;
import org.learningsets.ejb.evaluation.EvaluationTables;
import org.learningsets.ejb.evaluation.PulseResults;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.model.common.TimeZones;
import org.learningsets.web.platform.BarCharts;
import org.learningsets.web.platform.Downloads;
import org.learningsets.web.platform.Messages;
import org.primefaces.model.StreamedContent;

/**
 * The programme lead opens and closes the evaluation, offers the post-meeting benefits pulse, and reads the results
 * of both (only from K answers).
 */
@Named
@ViewScoped
public class EvaluationResultsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    EvaluationService evaluation;

    @EJB
    BenefitsPulseService pulse;

    private String programmeId;
    private transient EvaluationResults results;
    private transient PulseResults pulseResults;

    public void load() {
        if (programmeId == null) {
            throw new NotFoundException("No programme was named; open the evaluation from your home page.");
        }
        results = evaluation.results(programmeId);
        pulseResults = pulse.results(programmeId);
    }

    public String offerPulse() {
        return change(
                () -> pulse.offer(programmeId, true),
                "The benefits pulse is offered: members see it under each held meeting's review.");
    }

    public String stopPulse() {
        return change(
                () -> pulse.offer(programmeId, false),
                "The benefits pulse is no longer offered; the answers given so far stay in the results.");
    }

    public String open() {
        return change(() -> evaluation.open(programmeId), "The evaluation is open: members see it on their home page.");
    }

    public String close() {
        return change(() -> evaluation.close(programmeId), "The evaluation is closed; it takes no more answers.");
    }

    private String change(Runnable call, String done) {
        if (!Messages.attempt(call)) {
            load();
            return null;
        }
        Messages.info(done);
        return "/evaluation/results?faces-redirect=true&programme=" + programmeId;
    }

    public EvaluationResults getResults() {
        if (results == null) {
            load();
        }
        return results;
    }

    public PulseResults getPulseResults() {
        if (pulseResults == null) {
            load();
        }
        return pulseResults;
    }

    /** Average score per question (1 to 5); the table under the chart has the same figures. */
    public String getChart() {
        return averages(getResults().items());
    }

    public String getPulseChart() {
        return averages(getPulseResults().items());
    }

    private static String averages(List<ItemResult> items) {
        return BarCharts.bars(
                items.stream().map(i -> shortName(i.item())).toList(),
                false,
                "Average (1 to 5)",
                new BarCharts.Series(
                        "Average", items.stream().map(ItemResult::average).toList(), BarCharts.BLUE));
    }

    private static String shortName(String item) {
        String words = item.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public StreamedContent getCsv() {
        return Downloads.csv("evaluation", getResults().programmeName(), today(), EvaluationTables.of(getResults()));
    }

    public StreamedContent getExcel() {
        return Downloads.excel("evaluation", getResults().programmeName(), today(), EvaluationTables.of(getResults()));
    }

    public StreamedContent getPulseCsv() {
        return Downloads.csv(
                "benefits-pulse", getPulseResults().programmeName(), today(), EvaluationTables.of(getPulseResults()));
    }

    public StreamedContent getPulseExcel() {
        return Downloads.excel(
                "benefits-pulse", getPulseResults().programmeName(), today(), EvaluationTables.of(getPulseResults()));
    }

    private static LocalDate today() {
        return LocalDate.now(Clock.system(TimeZones.LONDON));
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = programmeId;
    }
}
