package org.learningsets.model.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import org.learningsets.model.common.AbstractEntity;
import org.learningsets.model.common.Checks;
import org.learningsets.model.person.Person;

/**
 * That a person has answered a survey, and nothing else: no answers and no time, so it cannot be matched to a
 * response. It stops a second answer.
 */
@Entity
@Table(
        name = "evaluation_participation",
        uniqueConstraints = @UniqueConstraint(columnNames = {"survey_id", "person_id"}))
@NamedQuery(
        name = "EvaluationParticipation.count",
        query = "select count(e) from EvaluationParticipation e where e.survey = :survey and e.person = :person")
public class EvaluationParticipation extends AbstractEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "survey_id", nullable = false)
    private EvaluationSurvey survey;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    protected EvaluationParticipation() {}

    public EvaluationParticipation(EvaluationSurvey survey, Person person) {
        this.survey = Checks.required(survey, "Survey");
        this.person = Checks.required(person, "Person");
    }
}
