package org.learningsets.ejb.confidentiality;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.learningsets.ejb.platform.StartupException;
import org.learningsets.model.confidentiality.KeyFileException;
import org.learningsets.model.confidentiality.KeyRing;
import org.learningsets.model.confidentiality.TextCipher;

/**
 * The key ring for confidential text, read from LEARNINGSETS_KEY_FILE at start-up: outside the database, so a
 * copy of the database alone reveals nothing. A missing file is generated only when nothing can have been
 * encrypted yet (demo mode, or a first start with no account); otherwise start-up stops and says so.
 */
@ApplicationScoped
public class ConfidentialTextKeys {

    private static final Logger LOG = Logger.getLogger(ConfidentialTextKeys.class.getName());

    private volatile Path file;
    private volatile KeyRing ring;
    private volatile TextCipher cipher;

    public void prepare(Path keyFile, boolean mayGenerate) {
        Path path = keyFile.toAbsolutePath().normalize();
        try {
            KeyRing loaded;
            if (Files.exists(path)) {
                loaded = KeyRing.load(path);
            } else if (mayGenerate) {
                Files.createDirectories(path.getParent());
                loaded = KeyRing.generate(path);
                LOG.warning(() -> "Generated a new key file for confidential text at " + path + ". Back it up "
                        + "with the database: without it the confidential text cannot be read.");
            } else {
                throw new StartupException("The key file " + path + " is missing, and the database already holds "
                        + "data: confidential text cannot be read without it. Restore it from your back-up, or set "
                        + "LEARNINGSETS_KEY_FILE to where it is.");
            }
            use(path, loaded);
        } catch (KeyFileException e) {
            throw new StartupException(e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new StartupException("The folder for the key file " + path + " cannot be created ("
                    + e.getClass().getSimpleName() + "). Set LEARNINGSETS_KEY_FILE to a writable place.", e);
        }
    }

    /** Adds a new current key to the key file (old keys stay, so nothing becomes unreadable) and uses it. */
    public synchronized String rotate() {
        KeyRing next = current().withNewCurrentKey();
        next.save(file);
        use(file, next);
        return next.currentKeyId();
    }

    public TextCipher cipher() {
        TextCipher c = cipher;
        if (c == null) {
            throw new IllegalStateException("The key file has not been read; start-up did not finish.");
        }
        return c;
    }

    private KeyRing current() {
        cipher();
        return ring;
    }

    private void use(Path path, KeyRing loaded) {
        this.file = path;
        this.ring = loaded;
        this.cipher = new TextCipher(loaded);
        LOG.info(() -> "Confidential text keys from " + path + ": " + loaded);
    }
}
