package org.learningsets.web.confidentiality;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningsets.ejb.confidentiality.AuditService;
import org.learningsets.ejb.confidentiality.AuditService.AuditLine;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.model.confidentiality.AuditAction;
import org.learningsets.model.confidentiality.AuditedRecord;

/**
 * A set's facilitators see who read or changed its confidential records, and when (never the text), in words, with
 * repeated reads folded into one line; filtered by person, by what was done and by kind of record.
 */
@Named
@ViewScoped
public class SetAuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditService audit;

    private String setId;
    private AuditService.SetAudit trail;
    private String who;
    private AuditAction action;
    private AuditedRecord kind;
    private List<AuditLine> shown;

    /** Anyone but the set's facilitators is refused by the service: the refusal page. */
    public void load() {
        if (setId == null || setId.isBlank()) {
            throw new NotFoundException("No set was named; open its audit from the set's page.");
        }
        if (trail == null) {
            trail = audit.trail(setId);
            filter();
        }
    }

    /** Keeps the lines matching every filter chosen (an empty choice matches all). */
    public void filter() {
        shown = trail.lines().stream()
                .filter(l -> who == null || who.equals(l.who()))
                .filter(l -> action == null || action == l.action())
                .filter(l -> kind == null || kind == l.recordType())
                .toList();
    }

    public void showAll() {
        who = null;
        action = null;
        kind = null;
        filter();
    }

    public List<String> getPeople() {
        return trail.lines().stream().map(AuditLine::who).distinct().sorted().toList();
    }

    public List<AuditAction> getActions() {
        return trail.lines().stream().map(AuditLine::action).distinct().sorted().toList();
    }

    public List<AuditedRecord> getKinds() {
        return trail.lines().stream()
                .map(AuditLine::recordType)
                .distinct()
                .sorted()
                .toList();
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

    public List<AuditLine> getShown() {
        return shown;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public AuditedRecord getKind() {
        return kind;
    }

    public void setKind(AuditedRecord kind) {
        this.kind = kind;
    }
}
