package org.learningsets.ejb.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.learningsets.model.programme.Cadence;

/**
 * Places the demo programme's meetings around today: the first meeting is the latest one already past (so there
 * is a held meeting to look at), the others follow on the cadence.
 */
public final class DemoSchedule {

    private DemoSchedule() {}

    public static List<LocalDateTime> around(LocalDateTime now, Cadence cadence, int meetings) {
        List<LocalDateTime> candidates =
                cadence.meetingStarts(now.toLocalDate().minusMonths(3).withDayOfMonth(1), meetings + 6);
        int lastPast = -1;
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).isBefore(now.minusHours(3))) {
                lastPast = i;
            }
        }
        if (lastPast < 0) {
            throw new IllegalStateException("The cadence has no meeting in the last three months.");
        }
        return List.copyOf(candidates.subList(lastPast, lastPast + meetings));
    }

    public static LocalDate programmeStart(List<LocalDateTime> starts) {
        return starts.get(0).toLocalDate().minusWeeks(2);
    }
}
