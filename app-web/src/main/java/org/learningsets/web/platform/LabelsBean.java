package org.learningsets.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.learningsets.model.common.Labels;

/** Pages show an enum value as {@code #{labels.of(value)}}: words from the one bundle, never the code. */
@Named("labels")
@ApplicationScoped
public class LabelsBean {

    public String of(Enum<?> value) {
        return Labels.of(value);
    }
}
