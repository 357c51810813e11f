package org.learningsets.ejb.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsets.ejb.confidentiality.AuditGrouping.Entry;
import org.learningsets.ejb.confidentiality.AuditGrouping.Group;
import org.learningsets.model.confidentiality.AuditAction;
import org.learningsets.model.confidentiality.AuditedRecord;

class AuditGroupingTest {

    private static final Instant T0 = Instant.parse("2026-12-02T14:00:00Z");

    private static Entry read(String who, String record, int secondsIn) {
        return new Entry(who, who, AuditAction.READ, AuditedRecord.ISSUE, record, T0.plusSeconds(secondsIn));
    }

    @Test
    void repeatedReadsOfOneRecordByOnePersonWithinFiveMinutesAreOneLine() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            entries.add(read("carolyn", "issue-1", i * 5)); // one visit: 25 reads in two minutes
        }
        entries.add(read("carolyn", "issue-2", 30));
        entries.add(read("amira", "issue-1", 40)); // someone else: a line of their own
        List<Group> groups = AuditGrouping.group(entries);
        assertEquals(3, groups.size());
        Group carolyn = groups.stream()
                .filter(g -> g.entry().actorId().equals("carolyn")
                        && g.entry().recordId().equals("issue-1"))
                .findFirst()
                .orElseThrow();
        assertEquals(25, carolyn.count());
        assertEquals(T0, carolyn.first());
        assertEquals(T0.plusSeconds(120), carolyn.last());
    }

    @Test
    void aReadAfterAPauseOfMoreThanFiveMinutesStartsANewLineAndChangesAreNeverFolded() {
        List<Group> groups = AuditGrouping.group(List.of(
                read("carolyn", "issue-1", 0),
                read("carolyn", "issue-1", 280),
                read("carolyn", "issue-1", 280 + 301),
                new Entry(
                        "carolyn", "carolyn", AuditAction.CHANGE, AuditedRecord.ISSUE, "issue-1", T0.plusSeconds(600)),
                new Entry(
                        "carolyn",
                        "carolyn",
                        AuditAction.CHANGE,
                        AuditedRecord.ISSUE,
                        "issue-1",
                        T0.plusSeconds(601))));
        assertEquals(List.of(1, 1, 1, 2), groups.stream().map(Group::count).toList(), "newest first");
        assertEquals(AuditAction.CHANGE, groups.get(0).entry().action());
        assertEquals(T0.plusSeconds(280), groups.get(3).last(), "the window runs from the latest read");
    }
}
