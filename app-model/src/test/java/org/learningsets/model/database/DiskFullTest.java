package org.learningsets.model.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DiskFullTest {

    @Test
    void derbysFullDiskDeepInTheCausesIsNotedForAMoment() {
        SQLException page = new SQLException("Page could not be written to disk", "XSDG1");
        RuntimeException wrapped = new IllegalStateException("commit failed", new RuntimeException("flush", page));

        DiskFull.noteIfDiskFull(wrapped);

        assertTrue(DiskFull.seenWithin(Duration.ofMinutes(1)));
        assertFalse(DiskFull.seenWithin(Duration.ZERO), "only for the period asked");
    }

    @Test
    void postgresqlsDiskFullIsOneOfTheStatesAndAConnectionErrorIsNot() {
        assertTrue(DiskFull.STATES.contains("53100"));
        assertFalse(DiskFull.STATES.contains("08003"));
    }
}
