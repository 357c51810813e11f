package org.learningsets.ejb.participant;

import java.io.Serializable;
import java.util.List;

/** What a participant import reads, finds and does; plain values for the pages. */
public final class ImportViews {

    private ImportViews() {}

    /** One readable row of the file, trimmed; blank optional cells are null. Line 1 is the heading row. */
    public record ImportedRow(
            int line,
            String fullName,
            String email,
            String organisation,
            String profession,
            String clinicalArea,
            String lineManagerEmail)
            implements Serializable {}

    /** A row that will not be imported, and why (every reason found, in plain words). */
    public record RowProblem(int line, String identifies, String reason) implements Serializable {}

    /** The file as read: good rows, rows with problems, and remarks about the file (e.g. ignored columns). */
    public record ParsedFile(List<ImportedRow> rows, List<RowProblem> problems, List<String> remarks)
            implements Serializable {

        public ParsedFile {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
            remarks = List.copyOf(remarks);
        }
    }

    /** What confirming will do with a row. */
    public enum Outcome {
        NEW_PERSON("New: account made, invitation sent"),
        EXISTING_PERSON("Already known: enrolled, their details unchanged"),
        ALREADY_ENROLLED("Already enrolled: nothing to do");

        private final String wording;

        Outcome(String wording) {
            this.wording = wording;
        }

        public String wording() {
            return wording;
        }
    }

    public record PreviewRow(ImportedRow row, Outcome outcome) implements Serializable {}

    /** The preview: nothing is written until the lead confirms. Problems are sorted by line. */
    public record ImportPreview(
            String programmeName, List<PreviewRow> ready, List<RowProblem> problems, List<String> remarks)
            implements Serializable {

        public ImportPreview {
            ready = List.copyOf(ready);
            problems = List.copyOf(problems);
            remarks = List.copyOf(remarks);
        }

        public long count(Outcome outcome) {
            return ready.stream().filter(r -> r.outcome() == outcome).count();
        }

        /** Rows that confirming would change anything for. */
        public long toImport() {
            return ready.size() - count(Outcome.ALREADY_ENROLLED);
        }
    }

    /** A programme the caller may import into. */
    public record ProgrammeChoice(String id, String name) implements Serializable {}

    /** What confirming did. */
    public record ImportResult(
            int peopleCreated, int existingEnrolled, int alreadyEnrolled, int rowsSkipped, int invitationsSent)
            implements Serializable {}
}
