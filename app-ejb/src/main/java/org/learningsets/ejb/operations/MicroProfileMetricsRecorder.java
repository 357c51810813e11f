package org.learningsets.ejb.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Figures in MicroProfile Metrics' application registry (/metrics). A bean, because Payara hands out the registry
 * only to an injection point (a programmatic look-up failed inside its producer). Where the API is missing the class
 * cannot load, and CDI leaves the bean out: OperatorFigures then finds no recorder here.
 */
@ApplicationScoped
class MicroProfileMetricsRecorder implements OperatorFigures.Recorder {

    @Inject
    MetricRegistry registry;

    @Override
    public void count(String name, String description) {
        registry.counter(metadata(name, description)).inc();
    }

    @Override
    public void time(String name, String description, Duration duration) {
        registry.timer(metadata(name, description)).update(duration);
    }

    @Override
    public String where() {
        return "MicroProfile Metrics";
    }

    private static Metadata metadata(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }
}
