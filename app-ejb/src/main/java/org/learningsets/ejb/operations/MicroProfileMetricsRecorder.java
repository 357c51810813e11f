package org.learningsets.ejb.operations;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/** Figures in MicroProfile Metrics' application registry (/metrics). Loaded only where the API is present. */
final class MicroProfileMetricsRecorder implements OperatorFigures.Recorder {

    private final MetricRegistry registry;

    private MicroProfileMetricsRecorder(MetricRegistry registry) {
        this.registry = registry;
    }

    static OperatorFigures.Recorder ifResolvable(CDI<Object> cdi) {
        Instance<MetricRegistry> registry = cdi.select(MetricRegistry.class);
        return registry.isResolvable() ? new MicroProfileMetricsRecorder(registry.get()) : null;
    }

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
