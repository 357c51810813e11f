package org.learningsets.model.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.confidentiality.EncryptedText;
import org.learningsets.model.confidentiality.Removal;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.person.Person;

/** Something an issue holder decided to do, reported on at the next check-in. */
@Entity
@Table(name = "action_item")
@NamedQuery(name = "Action.ofIssue", query = "select a from Action a where a.issue = :issue order by a.dueDate")
@NamedQuery(name = "Action.ofOwner", query = "select a from Action a where a.owner = :owner")
@NamedQuery(
        name = "Action.toCheckInOfSet",
        query =
                "select a from Action a join fetch a.owner join fetch a.issue where a.setId = :setId and a.status in (org.learningsets.model.action.ActionStatus.OPEN, org.learningsets.model.action.ActionStatus.CARRIED_FORWARD) order by a.owner.fullName, a.dueDate, a.id")
@NamedQuery(
        name = "Action.ofIssueAgreedAt",
        query = "select a from Action a where a.issue = :issue and a.agreedAt = :meeting order by a.id")
@NamedQuery(name = "Action.count", query = "select count(a) from Action a")
@NamedQuery(
        name = "Action.statusesOfSets",
        query =
                "select new org.learningsets.model.action.ActionFact(a.setId, a.ownerId, a.status, a.dueDate) from Action a where a.setId in :setIds")
@NamedQuery(
        name = "Action.ofIssues",
        query =
                "select a from Action a join fetch a.owner left join fetch a.agreedAt where a.issue in :issues order by a.dueDate, a.id")
@NamedQuery(
        name = "Action.meetingsAgreedOfIssue",
        query =
                "select new org.learningsets.model.action.AtMeeting(a.id, m.id) from Action a join a.agreedAt m where a.issue = :issue")
@NamedQuery(
        name = "Action.countOpenByIssues",
        query =
                "select new org.learningsets.model.action.OpenActions(a.issue.id, count(a)) from Action a where a.issue in :issues and a.status = org.learningsets.model.action.ActionStatus.OPEN group by a.issue.id")
public class Action extends EditableEntity implements EncryptedText {

    private static final String DESCRIPTION = "action_item.description:";

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "issue_id", nullable = false)
    private Issue issue;

    /**
     * The id of the issue's set, kept on the action (V34) so a set's action figures come from one index range, not
     * a join through each of its issues. Written once with the action: an issue never changes set. A plain column,
     * not a relation: the figure query names it without a join, which Derby would plan badly with a list of sets.
     */
    @NotNull
    @Column(name = "set_id", length = FieldLengths.ID, nullable = false, updatable = false)
    private String setId;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id", nullable = false)
    private Person owner;

    /** The same column, read only: a.owner.id would join person for each of a set's actions (Action.statusesOfSets). */
    @Column(name = "owner_id", insertable = false, updatable = false)
    private String ownerId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreed_at_meeting_id")
    private Meeting agreedAt;

    @NotBlank
    @Size(max = FieldLengths.LONG_TEXT_STORED)
    @Column(name = "description", length = FieldLengths.LONG_TEXT_STORED, nullable = false)
    private String description;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private ActionStatus status = ActionStatus.OPEN;

    protected Action() {}

    public Action(
            Issue issue, Person owner, Meeting agreedAt, String description, LocalDate dueDate, TextCipher cipher) {
        this.issue = Checks.required(issue, "Issue");
        this.setId = issue.getSet().getId();
        this.owner = Checks.required(owner, "Action owner");
        this.agreedAt = agreedAt;
        redescribe(description, dueDate, cipher);
    }

    /** The description is stored encrypted, bound to this row (see {@link TextCipher}). */
    public final void redescribe(String newDescription, LocalDate newDueDate, TextCipher cipher) {
        this.description = Checks.required(cipher, "Cipher")
                .encrypt(Checks.text(newDescription, "Action", FieldLengths.LONG_TEXT), DESCRIPTION + getId());
        this.dueDate = newDueDate;
    }

    /**
     * Overdue, the one rule every page uses: still open (not done, carried forward or dropped) and due before
     * {@code today} (London date, see {@link org.learningsets.model.common.TimeZones#today}); due today is not late.
     */
    public static boolean isOverdue(ActionStatus status, LocalDate due, LocalDate today) {
        return status == ActionStatus.OPEN && due != null && due.isBefore(today);
    }

    public boolean isOverdue(LocalDate today) {
        return isOverdue(status, dueDate, today);
    }

    public String readDescription(TextCipher cipher) {
        return cipher.decrypt(description, DESCRIPTION + getId());
    }

    /** Re-encrypts with the current key (key rotation); true when it changed. */
    /** Replaces the description by the reason it was removed; owner, dates and status stay. */
    public void erase(Removal why, TextCipher cipher) {
        this.description = cipher.encrypt(Checks.required(why, "Reason").text(), DESCRIPTION + getId());
    }

    @Override
    public boolean reEncrypt(TextCipher cipher) {
        if (!cipher.needsReEncryption(description)) {
            return false;
        }
        description = cipher.reEncrypt(description, DESCRIPTION + getId());
        return true;
    }

    public void mark(ActionStatus newStatus) {
        this.status = Checks.required(newStatus, "Action status");
    }

    public Issue getIssue() {
        return issue;
    }

    public String getSetId() {
        return setId;
    }

    public Person getOwner() {
        return owner;
    }

    public Meeting getAgreedAt() {
        return agreedAt;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ActionStatus getStatus() {
        return status;
    }
}
