package org.learningsets.web.scale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.learningsets.ejb.scale.ScaleDataService;
import org.learningsets.ejb.scale.ScaleLogins;
import org.learningsets.ejb.scale.ScaleProgress;
import org.learningsets.ejb.scale.ScaleShape;
import org.learningsets.web.platform.Messages;

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
        if (!Messages.attempt(() -> scaleData.start(scale))) {
            return null;
        }
        Messages.info("Generating data at scale " + scale + " has started. You can leave this page; it goes on.");
        return "/admin/generate?faces-redirect=true";
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
