package org.learningsets.ejb.confidentiality;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learningsets.model.confidentiality.AuditAction;
import org.learningsets.model.confidentiality.AuditedRecord;

/**
 * Folds repeated reads of the same record by the same person within a few minutes into one line ("read 25 times
 * between 14:01 and 14:03"): a page that is reloaded, or one that lists many records, writes an entry per read,
 * which the facilitator does not need to see one by one. Creations and changes are never folded.
 */
public final class AuditGrouping {

    /** Reads this close to the previous read of the same record by the same person join its line. */
    public static final Duration REPEAT_WINDOW = Duration.ofMinutes(5);

    private AuditGrouping() {}

    /** One audit entry as recorded. */
    public record Entry(
            String actorId, String actorName, AuditAction action, AuditedRecord type, String recordId, Instant at) {}

    /** One or more entries shown as one line: {@code count} reads from {@code first} to {@code last}. */
    public record Group(Entry entry, int count, Instant first, Instant last) {}

    /** The lines, newest first; entries may come in any order. */
    public static List<Group> group(List<Entry> entries) {
        List<Entry> oldestFirst = new ArrayList<>(entries);
        oldestFirst.sort(Comparator.comparing(Entry::at));
        List<Group> groups = new ArrayList<>();
        Map<String, Integer> openReads = new HashMap<>();
        for (Entry e : oldestFirst) {
            if (e.action() != AuditAction.READ) {
                groups.add(new Group(e, 1, e.at(), e.at()));
                continue;
            }
            String key = e.actorId() + "|" + e.type() + "|" + e.recordId();
            Integer index = openReads.get(key);
            if (index != null && !e.at().isAfter(groups.get(index).last().plus(REPEAT_WINDOW))) {
                Group g = groups.get(index);
                groups.set(index, new Group(g.entry(), g.count() + 1, g.first(), e.at()));
            } else {
                openReads.put(key, groups.size());
                groups.add(new Group(e, 1, e.at(), e.at()));
            }
        }
        groups.sort(Comparator.comparing(Group::last).reversed());
        return List.copyOf(groups);
    }
}
