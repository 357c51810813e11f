package org.learningsets.web.confidentiality;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.learningsets.ejb.confidentiality.AuditService;

/** A set's facilitators see who read or changed its confidential records, and when (never the text). */
@Named
@ViewScoped
public class SetAuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditService audit;

    private String setId;
    private AuditService.SetAudit trail;

    /** Anyone but the set's facilitators is refused by the service: the refusal page. */
    public void load() {
        trail = audit.trail(setId);
    }

    public String getSetId() {
        return setId;
    }

    public void setSetId(String setId) {
        this.setId = setId;
    }

    public AuditService.SetAudit getTrail() {
        return trail;
    }
}
