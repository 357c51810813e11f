package org.learningsets.ejb.scale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalDouble;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.learningsets.ejb.platform.ConfigKeys;
import org.learningsets.ejb.startup.StartupData;

/** LEARNINGSETS_GENERATE_SCALE: generates the benchmark data set at start-up unless it is there already. */
@ApplicationScoped
public class ScaleAtStartup implements StartupData {

    @Inject
    @ConfigProperty(name = ConfigKeys.GENERATE_SCALE)
    Optional<String> generateScale;

    @EJB
    ScaleGenerator generator;

    @Override
    public void addAtStartup() {
        OptionalDouble scale = ScaleShape.setting(generateScale.orElse(null));
        if (scale.isPresent()) {
            generator.generateUnlessPresent(scale.getAsDouble());
        }
    }
}
