package org.learningsets.ejb.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;

/**
 * Figures in the server's Micrometer registry (WildFly's micrometer subsystem, published by its Prometheus or OTLP
 * registry). Loaded only where the API is present.
 */
final class MicrometerRecorder implements OperatorFigures.Recorder {

    private final MeterRegistry registry;

    private MicrometerRecorder(MeterRegistry registry) {
        this.registry = registry;
    }

    static OperatorFigures.Recorder ifResolvable(Instance<Object> beans) {
        Instance<MeterRegistry> registry = beans.select(MeterRegistry.class);
        return registry.isResolvable() ? new MicrometerRecorder(registry.get()) : null;
    }

    @Override
    public void count(String name, String description) {
        Counter.builder(name).description(description).register(registry).increment();
    }

    @Override
    public void time(String name, String description, Duration duration) {
        Timer.builder(name).description(description).register(registry).record(duration);
    }

    @Override
    public String where() {
        return "Micrometer";
    }
}
