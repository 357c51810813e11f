package org.learningsets.ejb.platform;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Makes sure the data directory exists, is writable and is the application's own before the database is opened in
 * it: it holds names, email addresses, password hashes and the encrypted set content, so no other user of the
 * server may read or change it.
 */
public final class DataDirectory {

    /** The embedded Derby database's folder inside the data directory. */
    public static final String DERBY_DATABASE = "derby";

    private static final Set<PosixFilePermission> OPEN_TO_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    private DataDirectory() {}

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
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            if (posix && !Files.exists(dir)) {
                // Owner-only whatever the umask: the attribute is applied at creation, the umask can only take away.
                Files.createDirectories(
                        dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        } catch (IOException | SecurityException e) {
            throw new StartupException(
                    "The data directory " + dir + " does not exist and cannot be created ("
                            + e.getClass().getSimpleName()
                            + "). Create it, or set LEARNINGSETS_DATA_DIR to a folder the "
                            + "application may write to.",
                    e);
        }
        if (!Files.isWritable(dir)) {
            throw new StartupException("The data directory " + dir + " is not writable by the application. Give "
                    + "it write permission, or set LEARNINGSETS_DATA_DIR to another folder.");
        }
        if (posix) {
            refuseIfOpenToOthers(dir);
        }
        return dir;
    }

    private static void refuseIfOpenToOthers(Path dir) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(dir);
        } catch (IOException e) {
            throw new StartupException(
                    "The permissions of the data directory " + dir + " cannot be read ("
                            + e.getClass().getSimpleName() + ").",
                    e);
        }
        if (permissions.stream().anyMatch(OPEN_TO_OTHERS::contains)) {
            throw new StartupException("The data directory " + dir + " can be opened by other users of this server ("
                    + PosixFilePermissions.toString(permissions) + "), and it holds names, email addresses and "
                    + "password hashes. Make it the application's own, e.g. chmod -R go-rwx " + dir + ", then start "
                    + "again.");
        }
    }
}
