package org.learningsets.ejb.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Makes sure the data directory exists and is writable before the database is opened in it. */
public final class DataDirectory {

    private DataDirectory() {
    }

    public static Path prepare(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new StartupException("No data directory is set. Set LEARNINGSETS_DATA_DIR to a folder the "
                    + "application may write to.");
        }
        Path dir = Path.of(configured).toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StartupException("The data directory " + dir + " is a file, not a folder. Set "
                    + "LEARNINGSETS_DATA_DIR to a folder.");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new StartupException("The data directory " + dir + " does not exist and cannot be created ("
                    + e.getClass().getSimpleName() + "). Create it, or set LEARNINGSETS_DATA_DIR to a folder the "
                    + "application may write to.", e);
        }
        if (!Files.isWritable(dir)) {
            throw new StartupException("The data directory " + dir + " is not writable by the application. Give "
                    + "it write permission, or set LEARNINGSETS_DATA_DIR to another folder.");
        }
        return dir;
    }
}
