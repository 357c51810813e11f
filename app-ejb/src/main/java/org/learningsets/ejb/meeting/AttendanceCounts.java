package org.learningsets.ejb.meeting;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.learningsets.model.meeting.AttendanceStatus;
import org.learningsets.model.meeting.Meeting;

/**
 * Keeps each meeting's attendance counts (present, apologies, absent) in step with its marks, in the transaction that
 * writes the marks: every write of an {@code Attendance} goes through here. The sponsor report adds the counts up
 * instead of counting marks, so they are exactly as fresh as the marks themselves.
 */
public final class AttendanceCounts {

    private AttendanceCounts() {}

    /** A mark written, changed or taken back: {@code was} null for a new mark, {@code now} null for one removed. */
    public static void changed(EntityManager em, Meeting meeting, AttendanceStatus was, AttendanceStatus now) {
        if (was == now) {
            return;
        }
        Map<AttendanceStatus, Integer> delta = new EnumMap<>(AttendanceStatus.class);
        if (was != null) {
            delta.merge(was, -1, Integer::sum);
        }
        if (now != null) {
            delta.merge(now, 1, Integer::sum);
        }
        add(em, meeting, delta);
    }

    /** Many new marks of one meeting at once (generated data): one update for all of them. */
    public static void added(EntityManager em, Meeting meeting, Collection<AttendanceStatus> marks) {
        Map<AttendanceStatus, Integer> delta = new EnumMap<>(AttendanceStatus.class);
        marks.forEach(s -> delta.merge(s, 1, Integer::sum));
        // The meeting may be new in this transaction (generated data): its row must exist before it is counted on. A
        // mark made at a live meeting needs no flush here; its meeting is already in the database.
        em.flush();
        add(em, meeting, delta);
    }

    private static void add(EntityManager em, Meeting meeting, Map<AttendanceStatus, Integer> delta) {
        int updated = em.createNamedQuery("Meeting.countAttendance")
                .setParameter(1, delta.getOrDefault(AttendanceStatus.PRESENT, 0))
                .setParameter(2, delta.getOrDefault(AttendanceStatus.APOLOGIES, 0))
                .setParameter(3, delta.getOrDefault(AttendanceStatus.ABSENT, 0))
                .setParameter(4, meeting.getId())
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("No meeting " + meeting.getId() + " to count attendance on.");
        }
    }
}
