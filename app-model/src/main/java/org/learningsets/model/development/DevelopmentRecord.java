package org.learningsets.model.development;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.person.Person;

/**
 * A facilitator's development record: one per facilitator, private to them and those they share it with. Only the
 * assessment's completion (when, not what) is seen by programme leads.
 */
@Entity
@Table(name = "development_record")
@NamedQuery(
        name = "DevelopmentRecord.ofFacilitator",
        query = "select r from DevelopmentRecord r where r.facilitator = :facilitator")
@NamedQuery(
        name = "DevelopmentRecord.assessments",
        query = "select new org.learningsets.model.development.AssessmentStatus(r.facilitator.fullName,"
                + " r.assessmentDoneAt) from DevelopmentRecord r order by r.facilitator.fullName")
public class DevelopmentRecord extends EditableEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "facilitator_id", nullable = false, updatable = false)
    private Person facilitator;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "framework_id", nullable = false)
    private CompetencyFramework framework;

    @NotNull
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "assessment_done_at")
    private Instant assessmentDoneAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assessment_done_by")
    private Person assessmentDoneBy;

    protected DevelopmentRecord() {}

    public DevelopmentRecord(Person facilitator, CompetencyFramework framework, Instant startedAt) {
        this.facilitator = Checks.required(facilitator, "Facilitator");
        this.framework = Checks.required(framework, "Framework");
        this.startedAt = Checks.required(startedAt, "Time started");
    }

    public boolean isFacilitator(Person person) {
        return facilitator.equals(person);
    }

    /** The assessor marks the assessment done; marking it again records the latest assessment. */
    public void markAssessmentDone(Person assessor, Instant at) {
        this.assessmentDoneBy = Checks.required(assessor, "Assessor");
        this.assessmentDoneAt = Checks.required(at, "Time");
    }

    public void useFramework(CompetencyFramework framework) {
        this.framework = Checks.required(framework, "Framework");
    }

    public Person getFacilitator() {
        return facilitator;
    }

    public CompetencyFramework getFramework() {
        return framework;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getAssessmentDoneAt() {
        return assessmentDoneAt;
    }

    public Person getAssessmentDoneBy() {
        return assessmentDoneBy;
    }
}
