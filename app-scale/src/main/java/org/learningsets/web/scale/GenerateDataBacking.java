package org.learningsets.web.scale;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.learningsets.ejb.scale.ScaleDataService;
import org.learningsets.ejb.scale.ScaleLogins;
import org.learningsets.ejb.scale.ScaleProgress;
import org.learningsets.ejb.scale.ScaleShape;
import org.learningsets.model.common.DomainException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Programme leads on demo and benchmark servers: generate a large data set and watch it being written. The
 * progress lives on the server (ScaleProgress), so each request, the page's polls included, just reads it again.
 */
@Named
@RequestScoped
public class GenerateDataBacking {

    @EJB
    ScaleDataService scaleData;

    private Double scale = 1.0;
    private ScaleProgress.Snapshot progress;
    private Boolean generated;

    public String start() {
        try {
            scaleData.start(scale);
        } catch (EJBException | DomainException | ConstraintViolationException e) {
            refused(e);
            return null;
        }
        // Shown on this answer, with the progress below it: no redirect, since the Faces flash that would carry the
        // message puts everyone's flashes in each session (AfterRedirect in the web module, which this one cannot see).
        Messages.addGlobalInfo(
                "Generating data at scale " + scale + " has started. You can leave this page; it goes on.");
        return null;
    }

    /**
     * A refusal becomes a message on the page, the scale typed stays; anything else goes on to the error page. (This
     * module ships only in demo and benchmark builds, so it uses OmniFaces' messages, not the web module's own.)
     */
    private static void refused(RuntimeException failure) {
        Throwable cause = failure instanceof EJBException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof DomainException domain) {
            Messages.addGlobalError(domain.getMessage());
        } else if (cause instanceof ConstraintViolationException invalid) {
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                Messages.addGlobalError(violation.getMessage());
            }
        } else {
            throw failure;
        }
        Faces.validationFailed();
    }

    public boolean isAvailable() {
        return scaleData.available();
    }

    public ScaleProgress.Snapshot getProgress() {
        if (progress == null) {
            progress = scaleData.progress();
        }
        return progress;
    }

    public boolean isRunning() {
        return getProgress().state() == ScaleProgress.State.RUNNING;
    }

    /** Generated data is in the database (or being written): a new generation would be refused. */
    public boolean isGenerated() {
        if (generated == null) {
            generated = isRunning() || scaleData.hasGeneratedData();
        }
        return generated;
    }

    /** What scale 1.0 makes, for the page's explanation. */
    public String getFullScale() {
        ScaleShape full = scaleData.preview(1.0);
        return "%,d programmes, %,d sets, %,d people, %,d meetings and %,d actions"
                .formatted(full.programmes(), full.sets(), full.people(), full.meetings(), full.actions());
    }

    public String getPassword() {
        return ScaleLogins.PASSWORD;
    }

    public String getFirstLead() {
        return ScaleLogins.lead(0);
    }

    public String getFirstFacilitator() {
        return ScaleLogins.facilitator(0);
    }

    public String getFirstMember() {
        return ScaleLogins.member(0);
    }

    public Double getScale() {
        return scale;
    }

    public void setScale(Double scale) {
        this.scale = scale;
    }
}
