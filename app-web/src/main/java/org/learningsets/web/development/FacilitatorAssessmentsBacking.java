package org.learningsets.web.development;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.learningsets.ejb.development.DevelopmentRecordService;
import org.learningsets.model.development.AssessmentStatus;

/** For programme leads: whether each facilitator's assessment is done; the record itself stays private. */
@Named
@RequestScoped
public class FacilitatorAssessmentsBacking {

    @EJB
    DevelopmentRecordService records;

    private List<AssessmentStatus> assessments;

    public void load() {
        assessments = records.assessments();
    }

    public List<AssessmentStatus> getAssessments() {
        return assessments;
    }
}
