package org.learningsets.ejb.confidentiality;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.learningsets.ejb.platform.ApplicationDatabase;
import org.learningsets.model.confidentiality.TextCipher;

/**
 * Encrypts the columns that earlier releases stored in clear (issue titles, ground rules), once, at start-up, before
 * any page can read them. Each column is one transaction: every row or none, so a start that stops half-way leaves the
 * column as it was and the next start does it again; the row in encryption_upgrade is locked meanwhile, so a second
 * node starting at the same time waits and then finds it done. Plain JDBC with fixed statements: it reads each row
 * once and writes it once, and no entity can be loaded before its text is encrypted.
 */
@Stateless
@PermitAll
public class PlainTextUpgrade {

    private static final Logger LOG = Logger.getLogger(PlainTextUpgrade.class.getName());

    private static final String LOCK = "update encryption_upgrade set done_at = done_at where column_name = ?";
    private static final String DONE = "select done_at from encryption_upgrade where column_name = ?";
    private static final String MARK = "update encryption_upgrade set done_at = ? where column_name = ?";

    @Inject
    ApplicationDatabase database;

    @Inject
    ConfidentialTextKeys keys;

    @Inject
    Clock clock;

    /** The columns earlier releases stored in clear, as named in encryption_upgrade and in each value's context. */
    public static final List<String> COLUMNS = List.of("set_issue.title", "ground_rules.rules_text");

    private static final String TITLE = COLUMNS.get(0);

    /** Called by start-up for one column after the other; returns how many values this call encrypted. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int encrypt(String column) {
        TextCipher cipher = keys.cipher();
        try (Connection connection = database.dataSource().getConnection()) {
            int count = encryptColumn(connection, column, cipher, clock.instant());
            if (count > 0) {
                LOG.info(() -> "Encrypted the " + count + " stored values of " + column + ".");
            }
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The stored values of " + column + " could not be encrypted: " + e.getMessage(), e);
        }
    }

    /**
     * Encrypts every value of the column in the connection's transaction, unless encryption_upgrade says it is done;
     * marks it done. Returns how many values it encrypted (0 when it was done already).
     */
    static int encryptColumn(Connection connection, String column, TextCipher cipher, Instant now) throws SQLException {
        if (!COLUMNS.contains(column)) {
            throw new IllegalArgumentException("No such column to encrypt: " + column);
        }
        if (!lockPending(connection, column)) {
            return 0;
        }
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement statement = select(connection, column);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(new String[] {result.getString(1).strip(), result.getString(2)});
            }
        }
        try (PreparedStatement statement = update(connection, column)) {
            for (String[] row : rows) {
                statement.setString(1, cipher.encrypt(row[1], column + ":" + row[0]));
                statement.setString(2, row[0]);
                statement.addBatch();
            }
            statement.executeBatch();
        }
        try (PreparedStatement mark = connection.prepareStatement(MARK)) {
            mark.setTimestamp(1, Timestamp.from(now));
            mark.setString(2, column);
            mark.executeUpdate();
        }
        return rows.size();
    }

    /** Fixed statements for each column (no statement is put together from strings). */
    private static PreparedStatement select(Connection connection, String column) throws SQLException {
        return column.equals(TITLE)
                ? connection.prepareStatement("select id, title from set_issue")
                : connection.prepareStatement("select id, rules_text from ground_rules");
    }

    private static PreparedStatement update(Connection connection, String column) throws SQLException {
        return column.equals(TITLE)
                ? connection.prepareStatement("update set_issue set title = ? where id = ?")
                : connection.prepareStatement("update ground_rules set rules_text = ? where id = ?");
    }

    /** Locks the column's row (another node waits here) and says whether it is still to do. */
    private static boolean lockPending(Connection connection, String column) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
            lock.setString(1, column);
            if (lock.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement done = connection.prepareStatement(DONE)) {
            done.setString(1, column);
            try (ResultSet result = done.executeQuery()) {
                return result.next() && result.getTimestamp(1) == null;
            }
        }
    }
}
