package org.learningsets.ejb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.learningsets.model.common.TimeZones;

/** One clock for the whole application, so that tests can replace it with an alternative. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    public Clock clock() {
        return Clock.system(TimeZones.LONDON);
    }
}
