package org.learningsets.ejb.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        StartupException below = assertThrows(StartupException.class,
                () -> DataDirectory.prepare(file.resolve("inside").toString()));
        assertTrue(below.getMessage().contains("cannot be created"), below.getMessage());
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void anEmptySettingIsRefused() {
        assertTrue(assertThrows(StartupException.class, () -> DataDirectory.prepare(" ")).getMessage()
                .contains("No data directory is set"));
    }
}
