package org.learningsets.web.it.container;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A meeting's attendance in plain SQL, as the meeting keeps it with its row (what the sponsor report adds up) and as
 * counted from its marks: the two agree after every write of a mark.
 */
public final class AttendanceTallies {

    public record Tally(int present, int apologies, int absent) {}

    private AttendanceTallies() {}

    public static Tally kept(DataSource data, String meetingId) throws SQLException {
        return tally(data, "select present_count, apologies_count, absent_count from meeting where id = ?", meetingId);
    }

    public static Tally counted(DataSource data, String meetingId) throws SQLException {
        String count = "(select count(*) from attendance a where a.meeting_id = m.id and a.status = ";
        return tally(
                data,
                "select " + count + "'PRESENT'), " + count + "'APOLOGIES'), " + count + "'ABSENT') from meeting m "
                        + "where m.id = ?",
                meetingId);
    }

    private static Tally tally(DataSource data, String sql, String meetingId) throws SQLException {
        try (Connection c = data.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, meetingId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalArgumentException("No meeting " + meetingId);
                }
                return new Tally(r.getInt(1), r.getInt(2), r.getInt(3));
            }
        }
    }
}
