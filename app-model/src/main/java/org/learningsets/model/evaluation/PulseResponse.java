package org.learningsets.model.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.learningsets.model.common.AbstractEntity;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;
import org.learningsets.model.confidentiality.EncryptedText;
import org.learningsets.model.confidentiality.TextCipher;
import org.learningsets.model.programme.Programme;

/**
 * One anonymous answer to the benefits pulse. It names the programme and the meeting's number only: no person, no
 * time, no set and no meeting, so nobody can tell whose it is or which set it came from. The free text is stored
 * encrypted.
 */
@Entity
@Table(name = "pulse_response")
@NamedQuery(name = "PulseResponse.ofProgramme", query = "select r from PulseResponse r where r.programme = :programme")
public class PulseResponse extends AbstractEntity implements EncryptedText {

    private static final String TAKE_AWAY = "pulse_response.take_away:";

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @Min(1)
    @Column(name = "meeting_number", nullable = false)
    private int meetingNumber;

    @Column(name = "peer_support")
    private Integer peerSupport;

    @Column(name = "time_to_reflect")
    private Integer timeToReflect;

    @Column(name = "issue_moved_on")
    private Integer issueMovedOn;

    @Column(name = "not_the_only_one")
    private Integer notTheOnlyOne;

    @Column(name = "listening_questioning")
    private Integer listeningAndQuestioning;

    @Column(name = "confidence_now")
    private Integer confidenceNow;

    @Size(max = FieldLengths.LONG_TEXT_STORED)
    @Column(name = "take_away", length = FieldLengths.LONG_TEXT_STORED)
    private String takeAway;

    protected PulseResponse() {}

    /** Scores 1 to 5 per scored item (an item left out is not answered); at least one answer of any kind. */
    public PulseResponse(
            Programme programme,
            int meetingNumber,
            Map<PulseItem, Integer> scores,
            String takeAway,
            TextCipher cipher) {
        this.programme = Checks.required(programme, "Programme");
        if (meetingNumber < 1) {
            throw new InvalidInputException("A meeting's number starts at 1 (it is " + meetingNumber + ").");
        }
        this.meetingNumber = meetingNumber;
        Map<PulseItem, Integer> s = SurveyItem.checked(PulseItem.class, scores);
        String t = Checks.optionalText(takeAway, "What you take away", FieldLengths.LONG_TEXT);
        if (s.isEmpty() && t == null) {
            throw new InvalidInputException("Answer at least one question; every question may be left out.");
        }
        peerSupport = s.get(PulseItem.PEER_SUPPORT);
        timeToReflect = s.get(PulseItem.TIME_TO_REFLECT);
        issueMovedOn = s.get(PulseItem.ISSUE_MOVED_ON);
        notTheOnlyOne = s.get(PulseItem.NOT_THE_ONLY_ONE);
        listeningAndQuestioning = s.get(PulseItem.LISTENING_AND_QUESTIONING);
        confidenceNow = s.get(PulseItem.CONFIDENCE_NOW);
        this.takeAway = Checks.required(cipher, "Cipher").encrypt(t, TAKE_AWAY + getId());
    }

    /** The score given to a scored item, or null when it was left out. */
    public Integer score(PulseItem item) {
        return switch (item) {
            case PEER_SUPPORT -> peerSupport;
            case TIME_TO_REFLECT -> timeToReflect;
            case ISSUE_MOVED_ON -> issueMovedOn;
            case NOT_THE_ONLY_ONE -> notTheOnlyOne;
            case LISTENING_AND_QUESTIONING -> listeningAndQuestioning;
            case CONFIDENCE_NOW -> confidenceNow;
            case TAKE_AWAY -> null;
        };
    }

    public int getMeetingNumber() {
        return meetingNumber;
    }

    public String readTakeAway(TextCipher cipher) {
        return cipher.decrypt(takeAway, TAKE_AWAY + getId());
    }

    /** Re-encrypts with the current key (key rotation); true when anything changed. */
    @Override
    public boolean reEncrypt(TextCipher cipher) {
        if (takeAway != null && cipher.needsReEncryption(takeAway)) {
            takeAway = cipher.reEncrypt(takeAway, TAKE_AWAY + getId());
            return true;
        }
        return false;
    }
}
