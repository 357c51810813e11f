package org.learningsets.ejb.scale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.learningsets.ejb.platform.ConfigKeys;
import org.learningsets.model.common.StateException;
import org.learningsets.model.security.Role;

/**
 * The administrator's side of the generator: start one generation in the background and watch it. Only on demo
 * and benchmark servers (demo mode, or the start-up scale set), never into a database that already holds
 * generated data, and one at a time.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ScaleDataService {

    static final String RANGE = "The scale must be between 0.001 and 2 (1.0 makes 2,000 sets and 15,000 people).";

    @EJB
    ScaleGenerator generator;

    @EJB
    ScaleProgress progress;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = ConfigKeys.DEMO, defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = ConfigKeys.GENERATE_SCALE)
    Optional<String> startupScale;

    /** Whether this server generates data at all: demo mode, or a start-up scale configured. */
    public boolean available() {
        return demo || ScaleShape.setting(startupScale.orElse(null)).isPresent();
    }

    /** Whether a generation has written to this database (then a new one is refused). */
    public boolean hasGeneratedData() {
        return generator.hasGeneratedData();
    }

    public ScaleProgress.Snapshot progress() {
        return progress.snapshot();
    }

    /** What a scale makes, for the page to say before starting. */
    public ScaleShape preview(
            @DecimalMin(value = "0.001", message = RANGE) @DecimalMax(value = "2", message = RANGE) double scale) {
        return ScaleShape.of(scale);
    }

    /** Starts generating in the background; watch {@link #progress()}. */
    public void start(
            @DecimalMin(value = "0.001", message = RANGE) @DecimalMax(value = "2", message = RANGE) double scale) {
        if (!available()) {
            throw new StateException("Generating data is switched off on this server. It is for demo and benchmark "
                    + "servers: start with LEARNINGSETS_DEMO=true or LEARNINGSETS_GENERATE_SCALE.");
        }
        ScaleShape shape = ScaleShape.of(scale);
        if (generator.hasGeneratedData()) {
            throw new StateException("This database already holds generated data (" + ScaleLogins.lead(0)
                    + " exists), so nothing was generated. Generate into a database without it.");
        }
        if (!progress.begin(shape, clock.instant())) {
            throw new StateException("A generation is already running; its progress is shown below.");
        }
        generator.generateInBackground(shape);
    }
}
