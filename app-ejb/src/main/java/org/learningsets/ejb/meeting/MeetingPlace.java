package org.learningsets.ejb.meeting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.programme.MeetingMode;

/**
 * How and where a set meets: in person (a place), virtual (a join link, e.g. a Teams or GoToMeeting address) or
 * hybrid (both). The meeting checks that the mode has what it needs.
 */
public record MeetingPlace(
        @NotNull(message = "Choose in person, virtual or hybrid.")
        MeetingMode mode,

        @Size(max = FieldLengths.NAME, message = "Keep the place to " + FieldLengths.NAME + " characters.")
        String place,

        @Size(max = FieldLengths.URL, message = "Keep the link to " + FieldLengths.URL + " characters.")
        String link)
        implements Serializable {}
