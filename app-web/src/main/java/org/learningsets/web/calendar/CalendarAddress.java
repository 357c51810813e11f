package org.learningsets.web.calendar;

/** The part of a calendar address that names what is asked for: /SOMETHING.ics gives SOMETHING. */
final class CalendarAddress {

    private static final String SUFFIX = ".ics";

    private CalendarAddress() {}

    /**
     * The name between the leading "/" and ".ics" of a servlet path info (a feed's secret, a meeting's id); anything
     * else gives "", which the services refuse like any unknown name.
     */
    static String nameIn(String pathInfo) {
        // Both ends checked: ".ics" alone (no "/") threw StringIndexOutOfBoundsException, found by fuzzing.
        if (pathInfo == null || !pathInfo.startsWith("/") || !pathInfo.endsWith(SUFFIX)) {
            return "";
        }
        return pathInfo.substring(1, pathInfo.length() - SUFFIX.length());
    }
}
