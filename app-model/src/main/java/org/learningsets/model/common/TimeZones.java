package org.learningsets.model.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Meetings are held in England: wall-clock times are kept in this zone, so clock changes never move them. */
public final class TimeZones {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private TimeZones() {}

    /** Today's date in London: the day every "due", "overdue" and "before its day" is judged by. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }
}
