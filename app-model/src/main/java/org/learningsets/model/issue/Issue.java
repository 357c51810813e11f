package org.learningsets.model.issue;

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
import java.time.Instant;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.Labels;
import org.learningsets.model.common.StateException;
import org.learningsets.model.confidentiality.EncryptedText;
import org.learningsets.model.confidentiality.Removal;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.person.Person;
import org.learningsets.model.set.LearningSet;

/**
 * A real, current workplace problem an issue holder brings to the set; revisited meeting after meeting until
 * resolved (or dropped). Confidential to the set: its title and narrative are stored encrypted (see
 * {@link TextCipher}), so searching and sorting by title happen on the decrypted titles, in the services.
 */
@Entity
@Table(name = "set_issue")
@NamedQuery(
        name = "Issue.ofSet",
        query = "select i from Issue i join fetch i.holder where i.set = :set order by i.raisedAt")
@NamedQuery(
        name = "Issue.ofHolder",
        query = "select i from Issue i join fetch i.set where i.holder = :holder order by i.raisedAt desc, i.id")
@NamedQuery(name = "Issue.count", query = "select count(i) from Issue i")
@NamedQuery(
        name = "Issue.agesOfSets",
        query =
                "select new org.learningsets.model.issue.IssueAgeRow(i.setId, i.id, i.title, i.holder.fullName, i.status, i.raisedAt, i.closedAt) from Issue i where i.set in :sets order by i.raisedAt")
// The same figures without title and holder: read from an index alone (V17), for the headline of many sets.
@NamedQuery(
        name = "Issue.figuresOfSets",
        query =
                "select new org.learningsets.model.issue.IssueFigure(i.setId, i.status, i.raisedAt, i.closedAt) from Issue i where i.set in :sets")
public class Issue extends EditableEntity implements EncryptedText {

    private static final String TITLE = "set_issue.title:";
    private static final String NARRATIVE = "set_issue.narrative:";

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "set_id", nullable = false)
    private LearningSet set;

    /** The same column, read only: i.set.id would join learning_set for each issue of the figures' queries. */
    @Column(name = "set_id", insertable = false, updatable = false)
    private String setId;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "holder_id", nullable = false)
    private Person holder;

    @NotBlank
    @Size(max = FieldLengths.NAME_STORED)
    @Column(name = "title", length = FieldLengths.NAME_STORED, nullable = false)
    private String title;

    @Size(max = FieldLengths.LONG_TEXT_STORED)
    @Column(name = "narrative", length = FieldLengths.LONG_TEXT_STORED)
    private String narrative;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private IssueStatus status = IssueStatus.OPEN;

    @NotNull
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected Issue() {}

    public Issue(LearningSet set, Person holder, String title, String narrative, Instant raisedAt, TextCipher cipher) {
        this.set = Checks.required(set, "Set");
        this.holder = Checks.required(holder, "Issue holder");
        this.raisedAt = Checks.required(raisedAt, "Time raised");
        retell(title, narrative, cipher);
    }

    /** Title and narrative are stored encrypted, each bound to this row and column (see {@link TextCipher}). */
    public final void retell(String newTitle, String newNarrative, TextCipher cipher) {
        Checks.required(cipher, "Cipher");
        this.title = cipher.encrypt(Checks.text(newTitle, "Issue title", FieldLengths.NAME), TITLE + getId());
        this.narrative = cipher.encrypt(
                Checks.optionalText(newNarrative, "Issue narrative", FieldLengths.LONG_TEXT), NARRATIVE + getId());
    }

    public String readTitle(TextCipher cipher) {
        return cipher.decrypt(title, TITLE + getId());
    }

    /** A title read by a query that selected the stored column (and the id) rather than the issue. */
    public static String readTitle(String storedTitle, String issueId, TextCipher cipher) {
        return cipher.decrypt(storedTitle, TITLE + issueId);
    }

    public String readNarrative(TextCipher cipher) {
        return cipher.decrypt(narrative, NARRATIVE + getId());
    }

    /** Replaces what the issue said (title and narrative) by the reason it was removed; the record stays. */
    public void erase(Removal why, TextCipher cipher) {
        this.title = cipher.encrypt(Checks.required(why, "Reason").text(), TITLE + getId());
        this.narrative = null;
    }

    /** Re-encrypts with the primary key (key rotation); true when anything changed. */
    @Override
    public boolean reEncrypt(TextCipher cipher) {
        boolean changed = false;
        if (cipher.needsReEncryption(title)) {
            title = cipher.reEncrypt(title, TITLE + getId());
            changed = true;
        }
        if (cipher.needsReEncryption(narrative)) {
            narrative = cipher.reEncrypt(narrative, NARRATIVE + getId());
            changed = true;
        }
        return changed;
    }

    public void close(IssueStatus outcome, Instant when) {
        if (status != IssueStatus.OPEN) {
            throw new StateException(
                    "This issue is already " + Labels.of(status).toLowerCase() + ".");
        }
        if (Checks.required(outcome, "Outcome") == IssueStatus.OPEN) {
            throw new StateException("An issue is closed as resolved or dropped.");
        }
        this.status = outcome;
        this.closedAt = Checks.required(when, "Time closed");
    }

    public LearningSet getSet() {
        return set;
    }

    public Person getHolder() {
        return holder;
    }

    public IssueStatus getStatus() {
        return status;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
