package org.learningsets.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.learningsets.ejb.platform.ConfigKeys;
import org.learningsets.ejb.platform.LogText;

/**
 * Whether the application's own passwords still sign people in once the trust's sign-in is on. An operator can
 * switch them off, so that everyone comes in through the trust; the bootstrap administrator (the account named by
 * LEARNINGSETS_BOOTSTRAP_ADMIN_EMAIL) keeps their password, to reach the application when the trust's service is
 * down.
 */
@ApplicationScoped
public class LocalPasswords {

    private static final Logger LOG = Logger.getLogger(LocalPasswords.class.getName());

    @Inject
    @ConfigProperty(name = ConfigKeys.LOCAL_PASSWORDS, defaultValue = "true")
    boolean on;

    @Inject
    @ConfigProperty(name = ConfigKeys.BOOTSTRAP_ADMIN_EMAIL)
    Optional<String> bootstrapAdministrator;

    @Inject
    TrustProvider provider;

    @Inject
    TrustDirectory directory;

    /** Says at start what the setting does here, so that nobody is surprised at the sign-in page. */
    void started(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (on) {
            return;
        }
        if (!trustSignInOn()) {
            LOG.warning("LEARNINGSETS_LOCAL_PASSWORDS is false, but no sign-in through the trust is set up: local "
                    + "passwords stay on.");
        } else if (bootstrapAdministrator.filter(e -> !e.isBlank()).isPresent()) {
            LOG.warning(LogText.oneLine(
                    "Local passwords are off: only the bootstrap administrator " + bootstrapAdministrator.get()
                            + " (LEARNINGSETS_BOOTSTRAP_ADMIN_EMAIL) still signs in with a password."));
        } else {
            LOG.warning("Local passwords are off and LEARNINGSETS_BOOTSTRAP_ADMIN_EMAIL is not set: nobody signs in "
                    + "with a password, only through the trust.");
        }
    }

    /**
     * Whether a sign-in the application's own accounts table accepted may go ahead: always while local passwords
     * are on (or no trust sign-in is set up), otherwise only for the bootstrap administrator.
     */
    boolean allows(String callerEmail) {
        return allows(on, trustSignInOn(), bootstrapAdministrator.orElse(null), callerEmail);
    }

    static boolean allows(boolean on, boolean trustSignInOn, String bootstrapAdministrator, String callerEmail) {
        if (on || !trustSignInOn) {
            return true;
        }
        return bootstrapAdministrator != null
                && callerEmail != null
                && !bootstrapAdministrator.isBlank()
                && bootstrapAdministrator.strip().toLowerCase(Locale.ROOT).equals(callerEmail.toLowerCase(Locale.ROOT));
    }

    private boolean trustSignInOn() {
        return provider.isEnabled() || directory.isEnabled();
    }
}
