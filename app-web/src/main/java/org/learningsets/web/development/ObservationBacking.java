package org.learningsets.web.development;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningsets.ejb.development.ObservationService;
import org.learningsets.ejb.development.ObservationViews.ObservationPage;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.model.development.ConsentAnswer;
import org.learningsets.web.platform.Messages;

/**
 * A meeting's observation, for whoever may see it: the set's facilitator invites or withdraws an observer, each
 * member agrees or declines, and the invited observer follows the process and writes about the facilitator. Anyone
 * else is refused by the service, and sees the refusal page.
 */
@Named
@ViewScoped
public class ObservationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ObservationService observations;

    private String meetingId;
    private ObservationPage page;

    private String email;
    private String competencyId;
    private String text;
    private List<String> named = List.of();

    /** A missing id gets the not-found page; an unknown or tampered one, or a caller it is not for, the refusal. */
    public void load() {
        if (meetingId == null || meetingId.isBlank()) {
            throw new NotFoundException(
                    "The meeting was not found: the link has no id. Open it from the meeting's page.");
        }
        if (page == null) {
            page = observations.page(meetingId);
        }
    }

    public String invite() {
        try {
            observations.invite(meetingId, email);
            Messages.info("Invited. Each member of the set is asked to agree before the meeting; it goes ahead only"
                    + " if every one of them does.");
            return again();
        } catch (RuntimeException e) {
            Messages.show(e, "invite:email");
            return null;
        }
    }

    public String withdraw() {
        if (!Messages.attempt(() -> observations.withdraw(meetingId))) {
            return null;
        }
        Messages.info("The observation is withdrawn.");
        return again();
    }

    public String agree() {
        return answer(ConsentAnswer.AGREED, "You agreed to the observation.");
    }

    public String decline() {
        return answer(
                ConsentAnswer.DECLINED, "You declined: the observation will not happen. Nobody is told who declined.");
    }

    /** As the observer types: warns while the text names a member of the set. */
    public void checkNames() {
        try {
            named = observations.membersNamedIn(meetingId, text);
        } catch (RuntimeException e) {
            Messages.show(e, null);
        }
    }

    public String write() {
        try {
            observations.write(meetingId, competencyId, text);
            Messages.info("Your observation is saved in " + page.facilitatorName() + "'s development record.");
            return again();
        } catch (RuntimeException e) {
            Messages.show(e, "feedback:text");
            checkNames();
            return null;
        }
    }

    private String answer(ConsentAnswer answer, String done) {
        if (!Messages.attempt(() -> observations.answer(meetingId, answer))) {
            return null;
        }
        Messages.info(done);
        return again();
    }

    private String again() {
        return "/meetings/observation?faces-redirect=true&meeting=" + meetingId;
    }

    /** The warning shown while the text names a member; null when it names none. */
    public String getNamesWarning() {
        return named.isEmpty() ? null : ObservationService.namesMessage(named);
    }

    public String getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(String meetingId) {
        this.meetingId = meetingId;
    }

    public ObservationPage getPage() {
        return page;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCompetencyId() {
        return competencyId;
    }

    public void setCompetencyId(String competencyId) {
        this.competencyId = competencyId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
