package org.learningsets.ejb.operations;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The application's own figures for operators: failed sign-ins (a climbing count means someone is guessing
 * passwords) and the time to build a home page. Published through whichever metrics API the server has:
 * MicroProfile Metrics (Payara), else Micrometer (WildFly's micrometer subsystem). A bean that injected either
 * API's types directly would not load where the API is missing (WildFly skipped the sign-in form's bean without a
 * word), so the API is looked up once here and the start-up log says where the figures go, or that they go nowhere.
 */
@ApplicationScoped
public class OperatorFigures {

    static final String FAILED_SIGN_INS = "learningsets.signin.failed";
    static final String FAILED_SIGN_INS_TEXT = "Failed sign-in attempts";
    static final String HOME = "learningsets.home";
    static final String HOME_TEXT = "Time to build a person's home page";

    private static final Logger LOG = Logger.getLogger(OperatorFigures.class.getName());

    /** Where the figures are recorded: one metrics API's registry. */
    public interface Recorder {
        void count(String name, String description);

        void time(String name, String description, Duration duration);

        String where();
    }

    @Inject
    Instance<Object> beans;

    private Recorder recorder;

    @PostConstruct
    void choose() {
        recorder = find();
        if (recorder == null) {
            LOG.warning("This server offers neither MicroProfile Metrics nor Micrometer to applications: the "
                    + "application's figures (" + FAILED_SIGN_INS + ", " + HOME + ") are not published. See "
                    + "docs/install.md, Health and metrics.");
        } else {
            LOG.info(() -> "The application's figures are published through " + recorder.where() + ".");
        }
    }

    public void failedSignIn() {
        if (recorder != null) {
            recorder.count(FAILED_SIGN_INS, FAILED_SIGN_INS_TEXT);
        }
    }

    public void homePageBuilt(Duration duration) {
        if (recorder != null) {
            recorder.time(HOME, HOME_TEXT, duration);
        }
    }

    /** The first API present whose registry the server offers for injection; null when there is none. */
    private Recorder find() {
        if (present("org.eclipse.microprofile.metrics.MetricRegistry")) {
            Instance<Recorder> found = beans.select(Recorder.class);
            if (found.isResolvable()) {
                return found.get();
            }
        }
        if (present("io.micrometer.core.instrument.MeterRegistry")) {
            return MicrometerRecorder.ifResolvable(beans);
        }
        return null;
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, OperatorFigures.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
