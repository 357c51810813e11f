package org.learningsets.web.development;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningsets.ejb.development.DevelopmentViews.MentorSet;
import org.learningsets.ejb.development.DevelopmentViews.TraineeshipView;
import org.learningsets.ejb.development.TraineeshipService;
import org.learningsets.ejb.programme.ProgrammeService;
import org.learningsets.ejb.programme.ProgrammeView;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.model.development.Traineeship;
import org.learningsets.web.platform.Messages;

/**
 * The programme lead's page for co-facilitation as training (programmes/traineeships.xhtml): start a traineeship in
 * one of the programme's sets, follow each one's progress (counts and dates, never the reflections), sign the
 * trainee off or end it. A page of its own, linked from the programme's page, which asks nothing more of the database.
 */
@Named
@ViewScoped
public class TraineeshipsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    TraineeshipService traineeships;

    @EJB
    ProgrammeService programmes;

    private String programmeId;
    private ProgrammeView programme;
    private List<TraineeshipView> list = List.of();
    private List<MentorSet> sets = List.of();

    private String setId;
    private String traineeEmail;
    private Integer agreedMeetings = 3;

    /** A missing, unknown or tampered id, and a caller who is not a programme lead, get the refusal page. */
    public void load() {
        if (programmeId == null || programmeId.isBlank()) {
            throw new NotFoundException("Choose a programme from your home page.");
        }
        programme = programmes.view(programmeId);
        list = traineeships.ofProgramme(programmeId);
        sets = traineeships.mentorSets(programmeId);
    }

    public String start() {
        int meetings = agreedMeetings == null ? 0 : agreedMeetings;
        if (Messages.attempt(() -> traineeships.start(setId, traineeEmail, meetings))) {
            Messages.info("The traineeship has started: " + traineeEmail.strip() + " co-facilitates the set with its"
                    + " lead facilitator as mentor, and both can write their reflections in the trainee's record.");
            return again();
        }
        return null;
    }

    public String signOff(TraineeshipView t) {
        if (Messages.attempt(() -> traineeships.signOff(t.id()))) {
            Messages.info(t.traineeName() + " is signed off as a facilitator.");
            return again();
        }
        return null;
    }

    public String end(TraineeshipView t) {
        if (Messages.attempt(() -> traineeships.end(t.id()))) {
            Messages.info(
                    t.traineeName() + "'s traineeship has ended; they no longer co-facilitate " + t.setName() + ".");
            return again();
        }
        return null;
    }

    private String again() {
        return "/programmes/traineeships?faces-redirect=true&id=" + programmeId;
    }

    public int getFewestMeetings() {
        return Traineeship.FEWEST_MEETINGS;
    }

    public int getMostMeetings() {
        return Traineeship.MOST_MEETINGS;
    }

    public String getProgrammeName() {
        return programme.name();
    }

    public List<TraineeshipView> getTraineeships() {
        return list;
    }

    public List<MentorSet> getSets() {
        return sets;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = programmeId;
    }

    public String getSetId() {
        return setId;
    }

    public void setSetId(String setId) {
        this.setId = setId;
    }

    public String getTraineeEmail() {
        return traineeEmail;
    }

    public void setTraineeEmail(String traineeEmail) {
        this.traineeEmail = traineeEmail;
    }

    public Integer getAgreedMeetings() {
        return agreedMeetings;
    }

    public void setAgreedMeetings(Integer agreedMeetings) {
        this.agreedMeetings = agreedMeetings;
    }
}
