package org.learningsets.ejb.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.learningsets.model.common.Labels;
import org.learningsets.model.programme.CadenceKind;

/** A programme's settings in words, and what an edit changed ("Meeting length: 120 → 180 minutes."). */
final class ProgrammeSettingsText {

    private ProgrammeSettingsText() {}

    static Map<String, String> of(ProgrammeDraft d) {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("Name", d.name());
        words.put("Sponsor", d.sponsor());
        words.put("Dates", d.startDate() + " to " + d.endDate());
        words.put(
                "Meetings",
                d.cadence() == CadenceKind.MONTHLY_WEEKDAY
                        ? "week " + d.weekOfMonth() + " of each month on " + Labels.of(d.weekday())
                        : "every " + d.weeksBetweenMeetings() + " weeks on " + Labels.of(d.weekday()));
        words.put("Start time", String.valueOf(d.startTime()));
        words.put("Meeting length", d.meetingMinutes() + " minutes");
        words.put("Meetings per set", "at least " + d.minimumMeetings());
        words.put("Set sizes", d.minSetSize() + " to " + d.maxSetSize());
        words.put("Meeting mode", Labels.of(d.mode()));
        return words;
    }

    /** Each setting that differs, as "Label: before → after."; empty when nothing changed. */
    static String difference(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((label, value) -> {
            if (!Objects.equals(before.get(label), value)) {
                changed.add(label + ": " + before.get(label) + " → " + value + ".");
            }
        });
        return String.join(" ", changed);
    }
}
