package org.learningsets.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.LocalTransactionException;
import jakarta.servlet.ServletException;
import jakarta.transaction.SystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** Which failures are the database's: found through every wrapper, by SQLState, for Derby and PostgreSQL. */
class DatabaseTroubleTest {

    @Test
    void aConnectionRefusedDeepInsideTheWrappersIsAnUnavailableDatabase() {
        SQLException refused = new SQLException("Connection to localhost:5432 refused.", "08001");
        Throwable wrapped = new ServletException(new EJBException(new PersistenceException(refused)));
        assertEquals(Optional.of(DatabaseTrouble.UNAVAILABLE), DatabaseTrouble.of(wrapped));
        assertEquals(
                Optional.of(DatabaseTrouble.UNAVAILABLE),
                DatabaseTrouble.of(new SQLException("terminating connection due to administrator command", "57P01")));
        assertEquals(
                Optional.of(DatabaseTrouble.UNAVAILABLE),
                DatabaseTrouble.of(new SQLException("Failed to start database", "XJ040")));
    }

    @Test
    void aConnectionThatBrokeUnderTheTransactionIsAnUnavailableDatabaseUnlessTheDiskIsFull() throws Exception {
        // What Payara reports when Derby shut the database down under a transaction (seen with a full disk): the
        // connector's exception only in the message of the last cause.
        SystemException incomplete = new SystemException();
        incomplete.initCause(new XAException("jakarta.resource.spi.LocalTransactionException: No current connection."));
        Throwable broken = new EJBException("Unable to complete container-managed transaction.", incomplete);
        assertEquals(Optional.of(DatabaseTrouble.UNAVAILABLE), DatabaseTrouble.of(broken));
        assertEquals(
                Optional.of(DatabaseTrouble.UNAVAILABLE),
                DatabaseTrouble.of(
                        new EJBException(new LocalTransactionException("Connection could not be allocated"))));
        Path roomy = Files.createTempDirectory("trouble-");
        try {
            assertEquals(Optional.of(DatabaseTrouble.UNAVAILABLE), DatabaseTrouble.of(broken, roomy));
            assertEquals(Optional.of(DatabaseTrouble.UNAVAILABLE), DatabaseTrouble.of(broken, roomy.resolve("none")));
        } finally {
            Files.delete(roomy);
        }
    }

    @Test
    void aFullDiskIsNamedEvenWhenTheConnectionBrokeWithIt() {
        SQLException log =
                new SQLException("Error encountered when attempting to write the transaction recovery log", "XSLA4");
        SQLException shutDown = new SQLException("Database shut down", "08006", log);
        assertEquals(Optional.of(DatabaseTrouble.DISK_FULL), DatabaseTrouble.of(new PersistenceException(shutDown)));
        SQLException chained = new SQLException("Page could not be written", "08006");
        chained.setNextException(new SQLException("Page 12 could not be written to disk", "XSDG1"));
        assertEquals(Optional.of(DatabaseTrouble.DISK_FULL), DatabaseTrouble.of(chained));
        assertEquals(
                Optional.of(DatabaseTrouble.DISK_FULL),
                DatabaseTrouble.of(new SQLException("could not extend file: No space left on device", "53100")));
    }

    @Test
    void otherFailuresAreNotTheDatabasesAvailability() {
        assertEquals(Optional.empty(), DatabaseTrouble.of(new SQLException("duplicate key", "23505")));
        assertEquals(Optional.empty(), DatabaseTrouble.of(new SQLException("no state")));
        assertEquals(Optional.empty(), DatabaseTrouble.of(new IllegalStateException("a bug")));
        Throwable loop = new RuntimeException("self-caused");
        loop.initCause(new RuntimeException(new SQLException("lock timeout", "40XL1")));
        assertEquals(Optional.empty(), DatabaseTrouble.of(loop));
    }
}
