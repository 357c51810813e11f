package org.learningsets.model.meeting;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.learningsets.model.common.StateException;

/**
 * Starting a meeting before its planned day was asked for without confirming it: the page asks the person first
 * ("Start it today anyway?"), and only a confirmed early start goes ahead and is recorded.
 */
public class EarlyStartException extends StateException {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    public EarlyStartException(Meeting meeting) {
        super("Meeting " + meeting.getSequenceNumber() + " of "
                + meeting.getSet().getName() + " is planned for " + DAY.format(meeting.getStartsAt())
                + ". Confirm that you want to start it today, before its day.");
    }
}
