package org.learningsets.model.theme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.learningsets.model.common.AbstractEntity;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.person.Person;
import org.learningsets.model.programme.Theme;

/** A facilitator's tag: this issue is about one of the programme's themes. Tags carry no text of the issue. */
@Entity
@Table(name = "issue_theme", uniqueConstraints = @UniqueConstraint(columnNames = {"issue_id", "theme_id"}))
@NamedQuery(
        name = "IssueTheme.ofIssue",
        query = "select t from IssueTheme t join fetch t.theme where t.issue = :issue order by t.theme.name")
@NamedQuery(
        name = "IssueTheme.ofSet",
        query = "select t from IssueTheme t join fetch t.theme where t.issue.set = :set order by t.theme.name")
@NamedQuery(name = "IssueTheme.find", query = "select t from IssueTheme t where t.issue = :issue and t.theme = :theme")
@NamedQuery(name = "IssueTheme.countOfTheme", query = "select count(t) from IssueTheme t where t.theme = :theme")
@NamedQuery(name = "IssueTheme.ofHolder", query = "select t from IssueTheme t where t.issue.holder = :holder")
/* Contributions that count: tagged issues whose holder has consent in force for that set. */
@NamedQuery(
        name = "IssueTheme.consentedOfProgramme",
        query = "select new org.learningsets.model.theme.ConsentedTag(t.theme.name, t.issue.holder.id, t.issue.id) "
                + "from IssueTheme t, ThemeConsent c where t.theme.programme = :programme and c.set = t.issue.set "
                + "and c.person = t.issue.holder and c.withdrawnAt is null")
public class IssueTheme extends AbstractEntity {

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "issue_id", nullable = false)
    private Issue issue;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "theme_id", nullable = false)
    private Theme theme;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "tagged_by", nullable = false)
    private Person taggedBy;

    @NotNull
    @Column(name = "tagged_at", nullable = false)
    private Instant taggedAt;

    protected IssueTheme() {}

    public IssueTheme(Issue issue, Theme theme, Person taggedBy, Instant taggedAt) {
        this.issue = Checks.required(issue, "Issue");
        this.theme = Checks.required(theme, "Theme");
        if (!theme.getProgramme().equals(issue.getSet().getProgramme())) {
            throw new InvalidInputException("Choose a theme from this set's programme.");
        }
        this.taggedBy = Checks.required(taggedBy, "Who tagged");
        this.taggedAt = Checks.required(taggedAt, "Time tagged");
    }

    public Issue getIssue() {
        return issue;
    }

    public Theme getTheme() {
        return theme;
    }

    public Person getTaggedBy() {
        return taggedBy;
    }

    public Instant getTaggedAt() {
        return taggedAt;
    }
}
