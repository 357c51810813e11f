package org.learningsets.web.evaluation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.learningsets.ejb.evaluation.EvaluationForm.Invitation;
import org.learningsets.ejb.evaluation.EvaluationService;

/** Evaluations waiting for the signed-in member, for their home page. */
@Named
@RequestScoped
public class EvaluationInvitationsBacking {

    @EJB
    EvaluationService evaluation;

    private List<Invitation> invitations;

    public List<Invitation> getInvitations() {
        if (invitations == null) {
            invitations = evaluation.invitations();
        }
        return invitations;
    }
}
