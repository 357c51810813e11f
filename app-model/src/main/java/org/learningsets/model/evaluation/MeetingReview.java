package org.learningsets.model.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.EditableEntity;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.confidentiality.EncryptedText;
import org.learningsets.model.confidentiality.Removal;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.meeting.Meeting;
import org.learningsets.model.person.Person;

/**
 * One member's end-of-meeting pulse and process review: how well did we work together today (a score), what
 * helped, what got in the way, what I learned. The score counts towards the set's anonymous pulse; the three
 * answers are the author's own, stored encrypted, and shown to nobody else.
 */
@Entity
@Table(name = "meeting_review", uniqueConstraints = @UniqueConstraint(columnNames = {"meeting_id", "author_id"}))
@NamedQuery(
        name = "MeetingReview.ofMeetingAndAuthor",
        query = "select r from MeetingReview r where r.meeting = :meeting and r.author = :author")
@NamedQuery(
        name = "MeetingReview.scoresOfMeeting",
        query = "select r.pulse from MeetingReview r where r.meeting = :meeting")
@NamedQuery(name = "MeetingReview.ofSet", query = "select r from MeetingReview r where r.meeting.set = :set")
@NamedQuery(
        name = "MeetingReview.ofAuthor",
        query = "select r from MeetingReview r join fetch r.meeting where r.author = :author order by r.answeredAt")
@NamedQuery(
        name = "MeetingReview.meetingsAnsweredBy",
        query = "select r.meeting.id from MeetingReview r where r.author = :author")
public class MeetingReview extends EditableEntity implements EncryptedText {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    private static final String HELPED = "meeting_review.what_helped:";
    private static final String HINDERED = "meeting_review.what_got_in_the_way:";
    private static final String LEARNED = "meeting_review.what_i_learned:";

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", nullable = false)
    private Person author;

    @Min(LOWEST)
    @Max(HIGHEST)
    @Column(name = "pulse", nullable = false)
    private int pulse;

    @Size(max = FieldLengths.LONG_TEXT_STORED)
    @Column(name = "what_helped", length = FieldLengths.LONG_TEXT_STORED)
    private String whatHelped;

    @Size(max = FieldLengths.LONG_TEXT_STORED)
    @Column(name = "what_got_in_the_way", length = FieldLengths.LONG_TEXT_STORED)
    private String whatGotInTheWay;

    @Size(max = FieldLengths.LONG_TEXT_STORED)
    @Column(name = "what_i_learned", length = FieldLengths.LONG_TEXT_STORED)
    private String whatILearned;

    @NotNull
    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected MeetingReview() {}

    public MeetingReview(
            Meeting meeting,
            Person author,
            int pulse,
            String whatHelped,
            String whatGotInTheWay,
            String whatILearned,
            Instant answeredAt,
            TextCipher cipher) {
        this.meeting = Checks.required(meeting, "Meeting");
        this.author = Checks.required(author, "Author");
        revise(pulse, whatHelped, whatGotInTheWay, whatILearned, answeredAt, cipher);
    }

    /** The score is required; each answer is optional, trimmed, and stored encrypted bound to this row and column. */
    public final void revise(
            int newPulse, String helped, String hindered, String learned, Instant when, TextCipher cipher) {
        Checks.required(cipher, "Cipher");
        int score = Checks.between(newPulse, LOWEST, HIGHEST, "How well we worked together");
        String h = Checks.optionalText(helped, "What helped us work well", FieldLengths.LONG_TEXT);
        String g = Checks.optionalText(hindered, "What got in the way", FieldLengths.LONG_TEXT);
        String l = Checks.optionalText(learned, "What I learned", FieldLengths.LONG_TEXT);
        Instant at = Checks.required(when, "Time answered");
        this.pulse = score;
        this.whatHelped = cipher.encrypt(h, HELPED + getId());
        this.whatGotInTheWay = cipher.encrypt(g, HINDERED + getId());
        this.whatILearned = cipher.encrypt(l, LEARNED + getId());
        this.answeredAt = at;
    }

    public String readWhatHelped(TextCipher cipher) {
        return cipher.decrypt(whatHelped, HELPED + getId());
    }

    public String readWhatGotInTheWay(TextCipher cipher) {
        return cipher.decrypt(whatGotInTheWay, HINDERED + getId());
    }

    public String readWhatILearned(TextCipher cipher) {
        return cipher.decrypt(whatILearned, LEARNED + getId());
    }

    /** Re-encrypts with the current key (key rotation); true when anything changed. */
    /** Replaces the three answers by the reason they were removed; the score (counted only in aggregate) stays. */
    public void erase(Removal why, TextCipher cipher) {
        this.whatHelped = cipher.encrypt(Checks.required(why, "Reason").text(), HELPED + getId());
        this.whatGotInTheWay = null;
        this.whatILearned = null;
    }

    @Override
    public boolean reEncrypt(TextCipher cipher) {
        boolean changed = false;
        if (whatHelped != null && cipher.needsReEncryption(whatHelped)) {
            whatHelped = cipher.reEncrypt(whatHelped, HELPED + getId());
            changed = true;
        }
        if (whatGotInTheWay != null && cipher.needsReEncryption(whatGotInTheWay)) {
            whatGotInTheWay = cipher.reEncrypt(whatGotInTheWay, HINDERED + getId());
            changed = true;
        }
        if (whatILearned != null && cipher.needsReEncryption(whatILearned)) {
            whatILearned = cipher.reEncrypt(whatILearned, LEARNED + getId());
            changed = true;
        }
        return changed;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Person getAuthor() {
        return author;
    }

    public int getPulse() {
        return pulse;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
