package org.learningsets.web.confidentiality;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningsets.ejb.confidentiality.AuditService;
import org.learningsets.web.platform.FacilitatedSetNames;

/** A set's facilitators see who read or changed its confidential records, and when (never the text). */
@Named
@ViewScoped
public class SetAuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient AuditService audit;

    @Inject
    FacilitatedSetNames setNames;

    private String setId;
    private String setName;
    private List<AuditService.AuditView> entries;

    /** Anyone but the set's facilitators is refused by the service: the refusal page. */
    public void load() {
        entries = audit.ofSet(setId);
        setName = setNames.of(setId);
    }

    public String getSetId() {
        return setId;
    }

    public void setSetId(String setId) {
        this.setId = setId;
    }

    public String getSetName() {
        return setName;
    }

    public List<AuditService.AuditView> getEntries() {
        return entries;
    }
}
