package org.learningsets.web.supervision;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningsets.ejb.set.SetViews;
import org.learningsets.ejb.supervision.Supervision;
import org.learningsets.ejb.supervision.SupervisionService;
import org.learningsets.web.platform.Messages;
import org.learningsets.web.programme.ProgrammePageBacking;

/**
 * The programme page's supervision section: start a supervision set for the programme's facilitators, or see the
 * one there is; on a supervision programme, which programme it supervises. Read once per view, again after a start.
 */
@Named
@ViewScoped
public class SupervisionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SupervisionService supervision;

    @Inject
    ProgrammePageBacking page;

    private boolean loaded;
    private Supervision current;
    private String supervisedBy;
    private List<String> members = List.of();
    private List<SetViews.FacilitatorCandidate> candidates = List.of();
    private String supervisorId;

    private void load() {
        if (loaded) {
            return;
        }
        String programmeId = page.getProgrammeId();
        current = supervision.of(programmeId).orElse(null);
        supervisedBy = supervision.supervisedBy(programmeId).orElse(null);
        if (current == null && supervisedBy == null) {
            members = supervision.facilitatorsOf(programmeId);
            candidates = supervision.candidates(programmeId);
        }
        loaded = true;
    }

    public void start() {
        if (Messages.attempt(() -> supervision.start(page.getProgrammeId(), supervisorId))) {
            loaded = false;
            load();
            Messages.infoNow("The supervision set is formed: its members see it on their home page. Write its ground"
                    + " rules and plan its meetings as for any set.");
        }
    }

    /** The supervision set of this programme's facilitators, or null before it is started. */
    public Supervision getSupervision() {
        load();
        return current;
    }

    /** On a supervision programme, the name of the programme it supervises; otherwise null. */
    public String getSupervisedBy() {
        load();
        return supervisedBy;
    }

    /** The facilitators who would be members, by name. */
    public List<String> getMembers() {
        load();
        return members;
    }

    public String getMemberNames() {
        return String.join(", ", getMembers());
    }

    public List<SetViews.FacilitatorCandidate> getCandidates() {
        load();
        return candidates;
    }

    public boolean isCanStart() {
        load();
        return current == null && supervisedBy == null && !page.isClosed();
    }

    public String getSupervisorId() {
        return supervisorId;
    }

    public void setSupervisorId(String supervisorId) {
        this.supervisorId = supervisorId;
    }
}
