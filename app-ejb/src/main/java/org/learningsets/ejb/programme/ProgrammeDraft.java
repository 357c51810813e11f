package org.learningsets.ejb.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.programme.CadenceKind;
import org.learningsets.model.programme.MeetingMode;

/**
 * What a programme lead fills in to set up or change a programme. Week of the month is used for a monthly
 * cadence, weeks between meetings for an every-N-weeks cadence.
 */
public record ProgrammeDraft(
        @NotBlank(message = "Give the programme a name.") @Size(max = FieldLengths.NAME)
        String name,

        @NotBlank(message = "Name the sponsor organisation.") @Size(max = FieldLengths.NAME)
        String sponsor,

        @NotNull(message = "Choose a start date.") LocalDate startDate,
        @NotNull(message = "Choose an end date.") LocalDate endDate,
        @NotNull(message = "Choose how often sets meet.") CadenceKind cadence,

        @NotNull(message = "Choose the weekday of meetings.")
        DayOfWeek weekday,

        @Min(1) @Max(4) Integer weekOfMonth,
        @Min(1) @Max(12) Integer weeksBetweenMeetings,

        @NotNull(message = "Choose the time meetings start.")
        LocalTime startTime,

        @Min(30) @Max(480) int meetingMinutes,
        @Min(2) @Max(10) int minSetSize,
        @Min(2) @Max(10) int maxSetSize,
        @Min(1) @Max(60) int minimumMeetings,

        @NotNull(message = "Choose in person, virtual or hybrid.")
        MeetingMode mode)
        implements Serializable {

    public boolean isMonthly() {
        return cadence == CadenceKind.MONTHLY_WEEKDAY;
    }
}
