package org.learningsets.ejb.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.learningsets.ejb.participant.ImportViews.ImportPreview;
import org.learningsets.ejb.participant.ImportViews.ImportedRow;
import org.learningsets.ejb.participant.ImportViews.ParsedFile;
import org.learningsets.ejb.participant.ImportViews.RowProblem;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;

/**
 * The participant import (CSV and Excel) under Jazzer. A plain `mvn test` replays the saved inputs in
 * src/test/resources/org/learningsets/ejb/participant/ParticipantFileFuzzTestInputs/METHOD/; JAZZER_FUZZ=1 fuzzes
 * (see docs/security-privacy.md, Fuzzing). Whatever the bytes, only InvalidInputException (one clear message for
 * the lead) may escape; what is read keeps the parser's promises; and good rows written out again read the same.
 */
class ParticipantFileFuzzTest {

    private static final List<String> HEADINGS = ParticipantColumn.headings();

    @FuzzTest(maxDuration = "2m")
    void csvFile(byte[] content) {
        readAnyFile("people.csv", content);
    }

    @FuzzTest(maxDuration = "2m")
    void excelFile(byte[] content) {
        readAnyFile("people.xlsx", content);
    }

    /** The same table of fuzzed text saved as CSV and as an Excel workbook reads the same, problems included. */
    @FuzzTest(maxDuration = "2m")
    void sameTableAsCsvAndExcel(FuzzedDataProvider data) {
        List<String> headings = new ArrayList<>(HEADINGS);
        for (int i = headings.size() - 1; i > 0; i--) {
            java.util.Collections.swap(headings, i, data.consumeInt(0, i));
        }
        List<List<String>> table = new ArrayList<>();
        table.add(headings);
        int rows = data.consumeInt(0, 6);
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            for (String heading : headings) {
                row.add(
                        heading.contains("mail") && data.consumeBoolean()
                                ? text(data, 12) + "@" + text(data, 12) + ".org"
                                : text(data, 40));
            }
            table.add(row);
        }
        Outcome csv = outcome(() -> ParticipantFileParser.parse("table.csv", ParticipantFiles.csv(table)));
        Outcome excel = outcome(() -> ParticipantFileParser.parse("table.xlsx", ParticipantFiles.xlsx(table)));
        assertEquals(csv, excel, "table " + table);
        if (csv.file() != null) {
            checkPromises(csv.file());
        }
    }

    private static void readAnyFile(String name, byte[] content) {
        ParsedFile file;
        try {
            file = ParticipantFileParser.parse(name, content);
        } catch (InvalidInputException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "a refusal says why");
            return;
        }
        checkPromises(file);
        if (!file.rows().isEmpty()) {
            assertGoodRowsReadTheSameWhenWrittenAgain(file);
        }
        // The import's rules on top: every good row is either ready or a problem, none lost or doubled.
        ImportPreview preview = ImportCheck.check("Programme", file, Map.of());
        assertEquals(
                file.rows().size() + file.problems().size(),
                preview.ready().size() + preview.problems().size());
    }

    /** What ImportedRow, RowProblem and docs/guide-programme-leads.md promise about a file that could be read. */
    private static void checkPromises(ParsedFile file) {
        Set<String> emails = new HashSet<>();
        Set<Integer> lines = new HashSet<>();
        int last = 1;
        for (ImportedRow row : file.rows()) {
            assertTrue(row.line() > last, "rows in file order, under the heading row: " + row);
            last = row.line();
            assertTrue(lines.add(row.line()));
            assertTrimmed(row.fullName(), FieldLengths.NAME, false);
            assertTrimmed(row.organisation(), FieldLengths.NAME, false);
            assertTrimmed(row.profession(), FieldLengths.SHORT_TEXT, true);
            assertTrimmed(row.clinicalArea(), FieldLengths.SHORT_TEXT, true);
            assertTrimmed(row.email(), FieldLengths.EMAIL, false);
            assertEquals(row.email(), Checks.email(row.email()), "an email as Checks.email leaves it");
            assertTrue(emails.add(row.email()), "each email once among the good rows: " + row.email());
            if (row.lineManagerEmail() != null) {
                assertEquals(row.lineManagerEmail(), Checks.email(row.lineManagerEmail()));
                assertFalse(row.lineManagerEmail().equals(row.email()), "nobody manages themselves");
            }
        }
        for (RowProblem problem : file.problems()) {
            assertTrue(problem.line() > 1 && lines.add(problem.line()), "one line, one outcome: " + problem);
            assertFalse(problem.reason().isBlank());
            assertTrue(problem.identifies().chars().noneMatch(Character::isISOControl), problem.identifies());
        }
        assertTrue(file.rows().size() + file.problems().size() <= ParticipantFileParser.MAX_ROWS);
    }

    private static void assertTrimmed(String value, int max, boolean optional) {
        if (value == null) {
            assertTrue(optional, "a needed cell is never missing from a good row");
            return;
        }
        assertFalse(value.isBlank());
        assertTrue(value.chars().noneMatch(Character::isISOControl), "no control character: " + value);
        assertEquals(value.strip(), value);
        assertTrue(value.length() <= max, value);
    }

    private static void assertGoodRowsReadTheSameWhenWrittenAgain(ParsedFile file) {
        List<List<String>> table = new ArrayList<>();
        table.add(HEADINGS);
        for (ImportedRow row : file.rows()) {
            table.add(Arrays.asList(
                    row.fullName(),
                    row.email(),
                    row.organisation(),
                    blankIfNull(row.profession()),
                    blankIfNull(row.clinicalArea()),
                    blankIfNull(row.lineManagerEmail())));
        }
        ParsedFile again = ParticipantFileParser.parse("again.csv", ParticipantFiles.csv(table));
        assertEquals(List.of(), again.problems());
        assertEquals(withoutLines(file.rows()), withoutLines(again.rows()));
    }

    private static List<ImportedRow> withoutLines(List<ImportedRow> rows) {
        return rows.stream()
                .map(r -> new ImportedRow(
                        0,
                        r.fullName(),
                        r.email(),
                        r.organisation(),
                        r.profession(),
                        r.clinicalArea(),
                        r.lineManagerEmail()))
                .toList();
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }

    /**
     * Fuzzed text that both formats can hold: an .xlsx file is XML, which has no place for most control characters
     * (POI writes "?"), reads a carriage return back as a line feed, and no file holds a lone surrogate half. The
     * raw-bytes tests above cover those characters in CSV.
     */
    private static String text(FuzzedDataProvider data, int maxLength) {
        StringBuilder out = new StringBuilder();
        data.consumeString(maxLength)
                .codePoints()
                .forEach(c -> out.appendCodePoint(
                        (c < 0x20 && c != '\t' && c != '\n')
                                        || c == 0xFFFE
                                        || c == 0xFFFF
                                        || (c <= 0xFFFF && Character.isSurrogate((char) c))
                                ? '?'
                                : c));
        return out.toString();
    }

    /** A parsed file, or the refusal's message. */
    private record Outcome(ParsedFile file, String refusal) {}

    private static Outcome outcome(Supplier<ParsedFile> parse) {
        try {
            return new Outcome(parse.get(), null);
        } catch (InvalidInputException e) {
            return new Outcome(null, e.getMessage());
        }
    }
}
