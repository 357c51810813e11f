package org.learningsets.web.development;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.learningsets.ejb.development.DevelopmentRecordService;
import org.learningsets.ejb.development.DevelopmentViews.FrameworkView;
import org.learningsets.ejb.development.DevelopmentViews.RecordView;
import org.learningsets.ejb.development.DevelopmentViews.SharedRecord;
import org.learningsets.ejb.development.FrameworkService;
import org.learningsets.ejb.development.ObservationService;
import org.learningsets.ejb.development.ObservationViews.ObservationInvite;
import org.learningsets.model.common.Labels;
import org.learningsets.model.development.EntryKind;
import org.learningsets.model.security.Role;
import org.learningsets.web.platform.Messages;

/**
 * A development record: the caller's own (no {@code record} parameter), or one shared with them. Someone the record
 * is not shared with is refused by the service, and sees the refusal page.
 */
@Named
@ViewScoped
public class DevelopmentRecordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DevelopmentRecordService records;

    @EJB
    FrameworkService frameworks;

    @EJB
    ObservationService observations;

    private String recordId;
    private RecordView record;
    private List<SharedRecord> shared;
    private List<ObservationInvite> observing;
    private List<FrameworkView> frameworkChoices;

    private String competencyId;
    private EntryKind kind;
    private String text;
    private String shareEmail;
    private String frameworkId;

    public void load() {
        if (shared != null) {
            return;
        }
        shared = records.sharedWithMe();
        observing = observations.invitations();
        if (recordId != null) {
            record = records.read(recordId);
        } else if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.FACILITATOR_NAME)) {
            record = records.mine();
        }
        if (record != null) {
            kind = record.canWrite().get(0);
            frameworkId = record.framework().id();
            if (record.mine()) {
                frameworkChoices = frameworks.frameworks();
            }
        }
    }

    public String write() {
        try {
            records.write(record.id(), blankToNull(competencyId), kind, text);
            Messages.info("Your " + lowerLabel(kind) + " is saved in " + whose() + " development record.");
            return again();
        } catch (RuntimeException e) {
            Messages.show(e, null);
            return null;
        }
    }

    public String share() {
        try {
            records.share(record.id(), shareEmail);
            Messages.info("Your record is shared with " + shareEmail.strip() + ". They can read it and add feedback.");
            return again();
        } catch (RuntimeException e) {
            Messages.show(e, "share:email");
            return null;
        }
    }

    public String revoke(String personId, String name) {
        records.revoke(record.id(), personId);
        Messages.info("Your record is no longer shared with " + name + ".");
        return again();
    }

    public String markAssessmentDone() {
        records.markAssessmentDone(record.id());
        Messages.info("The assessment is marked done. The programme lead sees that it is done, and nothing else.");
        return again();
    }

    public String useFramework() {
        try {
            records.useFramework(record.id(), frameworkId);
            Messages.info("Your record now uses this framework. Earlier entries keep their competency.");
            return again();
        } catch (RuntimeException e) {
            Messages.show(e, "framework:choice");
            return null;
        }
    }

    private String again() {
        return "/development/record?faces-redirect=true" + (recordId == null ? "" : "&record=" + recordId);
    }

    private String whose() {
        return record.mine() ? "your" : record.facilitatorName() + "'s";
    }

    private static String lowerLabel(EntryKind kind) {
        return Labels.of(kind).toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getHeading() {
        if (record == null) {
            return "Development records shared with me";
        }
        return record.mine() ? "My development record" : "Development record of " + record.facilitatorName();
    }

    /** The kind of entry the caller writes to reflect on a co-facilitated meeting: trainee's or mentor's. */
    public EntryKind getReflectionKind() {
        return record.mine() ? EntryKind.REFLECTION : EntryKind.MENTOR_REFLECTION;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    public RecordView getRecord() {
        return record;
    }

    public List<SharedRecord> getShared() {
        return shared;
    }

    public List<ObservationInvite> getObserving() {
        return observing;
    }

    public List<FrameworkView> getFrameworkChoices() {
        return frameworkChoices;
    }

    public String getCompetencyId() {
        return competencyId;
    }

    public void setCompetencyId(String competencyId) {
        this.competencyId = competencyId;
    }

    public EntryKind getKind() {
        return kind;
    }

    public void setKind(EntryKind kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getShareEmail() {
        return shareEmail;
    }

    public void setShareEmail(String shareEmail) {
        this.shareEmail = shareEmail;
    }

    public String getFrameworkId() {
        return frameworkId;
    }

    public void setFrameworkId(String frameworkId) {
        this.frameworkId = frameworkId;
    }
}
