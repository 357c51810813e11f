package org.learningsets.ejb.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void aMissingDirectoryIsCreatedWithItsParents() {
        Path wanted = temp.resolve("a/b/data");
        assertEquals(wanted.toAbsolutePath(), DataDirectory.prepare(wanted.toString()));
        assertTrue(Files.isDirectory(wanted));
    }

    @Test
    void aFileInTheWayIsNamedWithTheSettingToChange() throws IOException {
        Path file = Files.writeString(temp.resolve("data"), "not a folder");
        StartupException e = assertThrows(StartupException.class, () -> DataDirectory.prepare(file.toString()));
        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
        assertTrue(e.getMessage().contains("LEARNINGSETS_DATA_DIR"), e.getMessage());
        StartupException below = assertThrows(
                StartupException.class,
                () -> DataDirectory.prepare(file.resolve("inside").toString()));
        assertTrue(below.getMessage().contains("cannot be created"), below.getMessage());
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void anEmptySettingIsRefused() {
        assertTrue(assertThrows(StartupException.class, () -> DataDirectory.prepare(" "))
                .getMessage()
                .contains("No data directory is set"));
    }

    @Test
    void aNewDirectoryIsTheOwnersAloneWhateverTheUmask() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path wanted = temp.resolve("fresh/data");
        DataDirectory.prepare(wanted.toString());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(wanted)));
    }

    @Test
    void aDirectoryOthersCanOpenIsRefusedNamingItAndTheFix() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        for (String open : new String[] {"rwxr-xr-x", "rwx---r--", "rwxrwx---"}) {
            Path data = Files.createDirectories(temp.resolve(open));
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString(open));
            StartupException e = assertThrows(StartupException.class, () -> DataDirectory.prepare(data.toString()));
            assertTrue(
                    e.getMessage()
                            .contains("The data directory " + data.toAbsolutePath()
                                    + " can be opened by other users of this server (" + open + ")"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("chmod -R go-rwx " + data.toAbsolutePath()), e.getMessage());
            assertEquals(
                    open,
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(data)),
                    "refused, not changed behind the operator's back");
        }
        Path own = Files.createDirectories(temp.resolve("own"));
        Files.setPosixFilePermissions(own, PosixFilePermissions.fromString("rwx------"));
        assertEquals(own.toAbsolutePath(), DataDirectory.prepare(own.toString()));
    }
}
