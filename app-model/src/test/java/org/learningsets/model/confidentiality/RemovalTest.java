package org.learningsets.model.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.learningsets.model.action.Action;
import org.learningsets.model.action.ActionStatus;
import org.learningsets.model.action.ProgressUpdate;
import org.learningsets.model.common.StateException;
import org.learningsets.model.issue.Issue;
import org.learningsets.model.learning.LearningLogEntry;
import org.learningsets.model.organisation.Organisation;
import org.learningsets.model.person.Person;
import org.learningsets.model.set.LearningSetTestData;

/** Removing text keeps each record, its dates and status; what remains says why the text went. */
class RemovalTest {

    private final TextCipher cipher = TestCiphers.fresh();
    private final Person ben = new Person("Ben Carter", "ben.carter@example.org", new Organisation("Aintree"));
    private final Instant now = Instant.parse("2027-05-01T09:00:00Z");

    @Test
    void erasedRecordsKeepTheirShapeAndLoseTheirText() {
        Issue issue = new Issue(LearningSetTestData.set("Set A"), ben, "Rota gaps", "Nights uncovered", now, cipher);
        Action action = new Action(issue, ben, null, "Ask the rota team", LocalDate.of(2027, 6, 1), cipher);
        action.mark(ActionStatus.DONE);
        ProgressUpdate progress = new ProgressUpdate(action, null, ben, "Asked", now, cipher);
        LearningLogEntry entry = new LearningLogEntry(ben, null, "Listen", "Ask", now, cipher);

        issue.erase(Removal.RETENTION, cipher);
        action.erase(Removal.RETENTION, cipher);
        progress.erase(Removal.ERASURE, cipher);
        entry.erase(Removal.ERASURE, cipher);

        assertEquals("Removed after the retention period.", issue.readTitle(cipher));
        assertNull(issue.readNarrative(cipher));
        assertEquals(now, issue.getRaisedAt());
        assertEquals("Removed after the retention period.", action.readDescription(cipher));
        assertEquals(ActionStatus.DONE, action.getStatus());
        assertEquals(LocalDate.of(2027, 6, 1), action.getDueDate());
        assertEquals("Removed at the member's request.", progress.readNote(cipher));
        assertEquals("Removed at the member's request.", entry.readWhatILearned(cipher));
        assertNull(entry.readWhatIWillDoDifferently(cipher));
    }

    @Test
    void aDataRequestIsCompletedOnceWithWhoAndHowMany() {
        DataRequest request = new DataRequest(ben, DataRequestKind.ERASURE, now);
        assertEquals(DataRequestStatus.PENDING, request.getStatus());
        Person lead = new Person("Pat Lead", "lead@example.org", new Organisation("NHS Elect"));
        request.complete(lead, 7, now.plusSeconds(3600));
        assertEquals(DataRequestStatus.DONE, request.getStatus());
        assertEquals(lead, request.getCompletedBy());
        assertEquals(7, request.getRecords());
        assertTrue(request.getCompletedAt().isAfter(request.getRequestedAt()));
        assertEquals(
                "This request has already been carried out.",
                assertThrows(StateException.class, () -> request.complete(lead, 7, now))
                        .getMessage());
    }
}
