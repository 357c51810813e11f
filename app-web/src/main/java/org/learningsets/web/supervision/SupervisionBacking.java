package org.learningsets.web.supervision;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningsets.ejb.programme.ProgrammeService;
import org.learningsets.ejb.programme.ProgrammeView;
import org.learningsets.ejb.set.SetViews;
import org.learningsets.ejb.supervision.Supervision;
import org.learningsets.ejb.supervision.SupervisionProposal;
import org.learningsets.ejb.supervision.SupervisionService;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.model.programme.ProgrammeStatus;
import org.learningsets.web.platform.Messages;

/**
 * The programme lead's page for a programme's supervision (programmes/supervision.xhtml): start a supervision set for
 * its facilitators, or see the one there is; on a supervision programme, which programme it supervises. A page of its
 * own, so that the programme's page asks nothing more of the database.
 */
@Named
@ViewScoped
public class SupervisionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SupervisionService supervision;

    @EJB
    ProgrammeService programmes;

    private String programmeId;
    private ProgrammeView programme;
    private Supervision current;
    private String supervisedBy;
    private List<String> members = List.of();
    private List<SetViews.FacilitatorCandidate> candidates = List.of();
    private String supervisorId;

    /** A missing, unknown or tampered id, and a caller who is not a programme lead, get the refusal page. */
    public void load() {
        if (programmeId == null || programmeId.isBlank()) {
            throw new NotFoundException("Choose a programme from your home page.");
        }
        programme = programmes.view(programmeId);
        current = supervision.of(programmeId).orElse(null);
        supervisedBy = supervision.supervisedBy(programmeId).orElse(null);
        if (isCanStart()) {
            SupervisionProposal proposal = supervision.proposal(programmeId);
            members = proposal.members();
            candidates = proposal.supervisors();
        }
    }

    public void start() {
        if (Messages.attempt(() -> supervision.start(programmeId, supervisorId))) {
            load();
            Messages.infoNow("The supervision set is formed: its members see it on their home page. Write its ground"
                    + " rules and plan its meetings as for any set.");
        }
    }

    /** The supervision set of this programme's facilitators, or null before it is started. */
    public Supervision getSupervision() {
        return current;
    }

    /** On a supervision programme, the name of the programme it supervises; otherwise null. */
    public String getSupervisedBy() {
        return supervisedBy;
    }

    /** The facilitators who would be members, by name. */
    public List<String> getMembers() {
        return members;
    }

    public String getMemberNames() {
        return String.join(", ", members);
    }

    public List<SetViews.FacilitatorCandidate> getCandidates() {
        return candidates;
    }

    public boolean isCanStart() {
        return current == null && supervisedBy == null && programme.status() != ProgrammeStatus.CLOSED;
    }

    public String getProgrammeName() {
        return programme.name();
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = programmeId;
    }

    public String getSupervisorId() {
        return supervisorId;
    }

    public void setSupervisorId(String supervisorId) {
        this.supervisorId = supervisorId;
    }
}
