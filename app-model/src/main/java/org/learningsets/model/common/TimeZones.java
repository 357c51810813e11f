package org.learningsets.model.common;

import java.time.ZoneId;

/** Meetings are held in England: wall-clock times are kept in this zone, so clock changes never move them. */
public final class TimeZones {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private TimeZones() {
    }
}
