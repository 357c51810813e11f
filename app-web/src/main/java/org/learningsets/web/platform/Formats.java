package org.learningsets.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as people in the UK read them: "Tuesday 9 December 2025, 14:00 to 16:00". */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    public String meeting(ZonedDateTime start, ZonedDateTime end) {
        if (start == null) {
            return "";
        }
        return DAY.format(start) + ", " + TIME.format(start) + (end == null ? "" : " to " + TIME.format(end));
    }

    /** A round step's time as the live page's script shows it: "5:07 left", "1:30 over time". */
    public String countdown(long secondsLeft) {
        long s = Math.abs(secondsLeft);
        String time = s / 60 + ":" + String.format("%02d", s % 60);
        return secondsLeft < 0 ? time + " over time" : time + " left";
    }

    public String date(LocalDate date) {
        return date == null ? "" : SHORT_DAY.format(date);
    }

    public String instant(java.time.Instant instant) {
        return instant == null
                ? ""
                : DAY.format(instant.atZone(org.learningsets.model.common.TimeZones.LONDON)) + ", "
                        + TIME.format(instant.atZone(org.learningsets.model.common.TimeZones.LONDON));
    }

    /** The time of day of an instant, in London: "14:03". */
    public String time(java.time.Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(org.learningsets.model.common.TimeZones.LONDON));
    }

    /** The day of an instant, in London: "2 Dec 2026". */
    public String day(java.time.Instant instant) {
        return instant == null ? "" : SHORT_DAY.format(instant.atZone(org.learningsets.model.common.TimeZones.LONDON));
    }

    /** ISO form for the datetime attribute of a time element. */
    public String iso(ZonedDateTime time) {
        return time == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    /** ISO form of a moment, for the datetime attribute of a time element. */
    public String isoInstant(java.time.Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        instant.atZone(org.learningsets.model.common.TimeZones.LONDON));
    }
}
