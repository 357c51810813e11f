package org.learningsets.web.development;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.learningsets.ejb.development.DevelopmentRecordService;
import org.learningsets.ejb.development.DevelopmentViews.TraineeshipView;
import org.learningsets.ejb.development.TraineeshipService;
import org.learningsets.model.development.AssessmentStatus;

/**
 * For programme leads: whether each facilitator's assessment is done, and who was signed off through co-facilitation;
 * the records themselves stay private.
 */
@Named
@RequestScoped
public class FacilitatorAssessmentsBacking {

    @EJB
    DevelopmentRecordService records;

    @EJB
    TraineeshipService traineeships;

    private List<AssessmentStatus> assessments;
    private List<TraineeshipView> signedOff;

    public void load() {
        assessments = records.assessments();
        signedOff = traineeships.signedOff();
    }

    /** Trainees signed off as facilitators after co-facilitating, newest first. */
    public List<TraineeshipView> getSignedOff() {
        return signedOff;
    }

    public List<AssessmentStatus> getAssessments() {
        return assessments;
    }
}
