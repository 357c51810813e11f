package org.learningsets.model.confidentiality;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Reading and writing the key file safely: refused when other users could read or change it, written owner-only
 * and atomically (a complete temporary file in the same folder is moved into place), never half a file.
 */
final class KeyFiles {

    /** A key file holds a few short lines; anything this big is the wrong file. */
    static final long MAX_FILE_BYTES = 64 * 1024;

    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final Set<PosixFilePermission> TOO_OPEN = EnumSet.of(
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE,
            PosixFilePermission.GROUP_WRITE);

    private KeyFiles() {}

    /** The file's bytes, after checking it exists, is a regular file, is not exposed and is not too large. */
    static byte[] read(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.exists(file)) {
            throw new KeyFileException("The key file " + file + " does not exist. Set "
                    + KeyEncryptionKey.KEY_FILE_SETTING + " to the path of the key file.");
        }
        if (!Files.isRegularFile(file)) {
            throw new KeyFileException("The key file " + file + " is not a regular file.");
        }
        refuseIfExposed(file);
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new KeyFileException("The key file " + file + " is larger than " + MAX_FILE_BYTES / 1024
                        + " KiB, so it is not a key file.");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KeyFileException("The key file " + file + " could not be read (" + describe(e) + ").", e);
        }
    }

    /** Writes a new file owner-only; refuses to replace one that exists (its keys may be the only copy). */
    static void create(Path file, byte[] content) {
        Path folder = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = folder.getFileSystem().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile(folder, ".keys-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(folder, ".keys-", ".tmp");
            ByteBuffer buffer = ByteBuffer.wrap(content);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true); // on disk before anything relies on it: losing a key loses text
            }
            // Without REPLACE_EXISTING the move refuses a file that appeared meanwhile.
            Files.move(temp, file);
            temp = null;
        } catch (FileAlreadyExistsException e) {
            throw alreadyExists(file);
        } catch (IOException e) {
            throw new KeyFileException("The key file " + file + " could not be written (" + describe(e) + ").", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Moves a complete file into place, atomically where the file system can. */
    static void moveInto(Path from, Path to) {
        try {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new KeyFileException(
                    "The key file " + from + " could not be moved to " + to + " (" + describe(e) + ").", e);
        }
    }

    static KeyFileException alreadyExists(Path file) {
        return new KeyFileException("The key file " + file + " already exists and was not overwritten: its keys "
                + "may be the only way to read stored text.");
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static void refuseIfExposed(Path file) {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (IOException e) {
            throw new KeyFileException(
                    "The permissions of the key file " + file + " could not be read (" + describe(e) + ").", e);
        }
        if (!Collections.disjoint(permissions, TOO_OPEN)) {
            throw new KeyFileException("The key file " + file + " has permissions "
                    + PosixFilePermissions.toString(permissions) + ", so other users can read or change it. "
                    + "Restrict it to its owner (chmod 600), then check whether the keys need replacing.");
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The write already failed and says so; a stray temporary file is secondary.
            }
        }
    }
}
