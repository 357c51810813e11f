package org.learningsets.model.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.StateException;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.Programme;

/**
 * A programme's end-of-programme evaluation: set up by its lead (at programme set-up, or by hand later), open to
 * the programme's members from {@code opensOn} until the lead closes it.
 */
@Entity
@Table(name = "evaluation_survey")
@NamedQuery(
        name = "EvaluationSurvey.ofProgramme",
        query = "select s from EvaluationSurvey s where s.programme = :programme")
@NamedQuery(
        name = "EvaluationSurvey.openForPerson",
        query =
                "select s from EvaluationSurvey s join fetch s.programme where s.closedAt is null and s.opensOn <= :today and exists (select m from Membership m where m.person = :person and m.set.programme = s.programme and m.status = org.learningsets.model.set.MembershipStatus.ACTIVE) and not exists (select e from EvaluationParticipation e where e.survey = s and e.person = :person) order by s.programme.name")
public class EvaluationSurvey extends EditableEntity {

    @NotNull
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id", nullable = false, unique = true)
    private Programme programme;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "opened_by_id", nullable = false)
    private Person openedBy;

    @NotNull
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @NotNull
    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected EvaluationSurvey() {}

    /** Set up by {@code openedBy} at {@code openedAt}, taking answers from {@code opensOn}. */
    public EvaluationSurvey(Programme programme, Person openedBy, Instant openedAt, LocalDate opensOn) {
        this.programme = Checks.required(programme, "Programme");
        this.openedBy = Checks.required(openedBy, "Opened by");
        this.openedAt = Checks.required(openedAt, "Opened at");
        this.opensOn = Checks.required(opensOn, "Opening date");
    }

    /** Opens it now (today), when it was set to open later. */
    public void openNow(LocalDate today) {
        if (isOpenOn(today)) {
            throw new StateException("The evaluation of " + programme.getName() + " is already open.");
        }
        if (closedAt != null) {
            throw new StateException("The evaluation of " + programme.getName() + " has closed.");
        }
        opensOn = Checks.required(today, "Today");
    }

    public void close(Instant when) {
        if (closedAt != null) {
            throw new StateException("The evaluation of " + programme.getName() + " is already closed.");
        }
        closedAt = Checks.required(when, "Closed at");
    }

    public boolean isOpenOn(LocalDate today) {
        return closedAt == null && !today.isBefore(opensOn);
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public Programme getProgramme() {
        return programme;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
