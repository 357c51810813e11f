package org.learningsets.ejb.participant;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.learningsets.ejb.participant.ImportViews.ImportedRow;
import org.learningsets.ejb.participant.ImportViews.ParsedFile;
import org.learningsets.ejb.participant.ImportViews.RowProblem;
import org.learningsets.model.common.Checks;
import org.learningsets.model.common.FieldLengths;
import org.learningsets.model.common.InvalidInputException;

/**
 * Reads a participant file: CSV (Apache Commons CSV; comma, semicolon or tab; UTF-8 with or without a byte order
 * mark, else Windows-1252) or Excel (.xlsx, first sheet, {@link ParticipantSheet}; an .xls file is refused with
 * how to save it as .xlsx). The first non-empty row holds the headings; columns are found by heading. Each row is checked on its own, and emails repeated in the file are
 * reported against the line that has them first. A file that cannot be used at all is refused with one message.
 */
public final class ParticipantFileParser {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 2000;

    private ParticipantFileParser() {}

    public static ParsedFile parse(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("The file is empty. Choose a CSV or Excel file with a heading row and "
                    + "one participant per row.");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("The file is " + kilobytes(content.length) + "; at most "
                    + kilobytes(MAX_BYTES) + " can be imported at once. Split it into smaller files.");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<Line> lines;
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            lines = csvLines(content);
        } else if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            lines = ParticipantSheet.lines(content);
        } else {
            throw new InvalidInputException("Choose a .csv or .xlsx file (this one is called \"" + fileName + "\").");
        }
        return read(lines);
    }

    /** One row of the file with its line number (the heading row of a spreadsheet is line 1). */
    record Line(int number, List<String> cells) {

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    private static ParsedFile read(List<Line> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).blank()) {
            first++;
        }
        if (first == lines.size()) {
            throw new InvalidInputException("The file has no heading row. The first row must name the columns: "
                    + String.join(", ", ParticipantColumn.headings()) + ".");
        }
        List<String> remarks = new ArrayList<>();
        Map<ParticipantColumn, Integer> columns = columns(lines.get(first), remarks);
        List<Line> data = lines.subList(first + 1, lines.size()).stream()
                .filter(l -> !l.blank())
                .toList();
        if (data.isEmpty()) {
            throw new InvalidInputException("The file has a heading row but no participants under it.");
        }
        if (data.size() > MAX_ROWS) {
            throw new InvalidInputException("The file has " + data.size() + " participants; at most "
                    + String.format(Locale.UK, "%,d", MAX_ROWS) + " can be imported at once. Split it into smaller "
                    + "files.");
        }
        List<ImportedRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> firstLineOfEmail = new HashMap<>();
        for (Line line : data) {
            List<String> reasons = new ArrayList<>();
            controlCharacters(line, columns, reasons);
            String fullName = check(
                    reasons,
                    () -> Checks.text(
                            cell(line, columns, ParticipantColumn.FULL_NAME), "Full name", FieldLengths.NAME));
            String email = check(reasons, () -> Checks.email(cell(line, columns, ParticipantColumn.EMAIL)));
            String organisation = check(
                    reasons,
                    () -> Checks.text(
                            cell(line, columns, ParticipantColumn.ORGANISATION), "Organisation", FieldLengths.NAME));
            String profession = check(
                    reasons,
                    () -> Checks.optionalText(
                            cell(line, columns, ParticipantColumn.PROFESSION), "Profession", FieldLengths.SHORT_TEXT));
            String clinicalArea = check(
                    reasons,
                    () -> Checks.optionalText(
                            cell(line, columns, ParticipantColumn.CLINICAL_AREA),
                            "Clinical area",
                            FieldLengths.SHORT_TEXT));
            String managerCell = cell(line, columns, ParticipantColumn.LINE_MANAGER_EMAIL);
            String manager = managerCell == null || managerCell.isBlank()
                    ? null
                    : check(reasons, () -> Checks.email(managerCell).strip());
            if (manager != null && manager.equals(email)) {
                reasons.add("A person cannot be their own line manager.");
            }
            if (email != null && firstLineOfEmail.containsKey(email)) {
                reasons.add("The same email as line " + firstLineOfEmail.get(email) + ": an email address belongs to "
                        + "one person, so this line is left out.");
            }
            if (reasons.isEmpty()) {
                firstLineOfEmail.put(email, line.number());
                rows.add(new ImportedRow(
                        line.number(), fullName, email, organisation, profession, clinicalArea, manager));
            } else {
                if (email != null) {
                    firstLineOfEmail.putIfAbsent(email, line.number());
                }
                problems.add(new RowProblem(line.number(), identifies(line, columns), String.join(" ", reasons)));
            }
        }
        return new ParsedFile(rows, problems, remarks);
    }

    private static Map<ParticipantColumn, Integer> columns(Line heading, List<String> remarks) {
        Map<ParticipantColumn, Integer> columns = new EnumMap<>(ParticipantColumn.class);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < heading.cells().size(); i++) {
            String text = heading.cells().get(i);
            if (text == null || text.isBlank()) {
                continue;
            }
            var column = ParticipantColumn.ofHeading(text);
            if (column.isEmpty()) {
                ignored.add(text.strip());
            } else if (columns.containsKey(column.get())) {
                throw new InvalidInputException("The heading row (line " + heading.number() + ") has the column \""
                        + column.get().heading() + "\" twice; keep one.");
            } else {
                columns.put(column.get(), i);
            }
        }
        List<String> missing = Arrays.stream(ParticipantColumn.values())
                .filter(c -> c.required() && !columns.containsKey(c))
                .map(ParticipantColumn::heading)
                .toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("The heading row (line " + heading.number() + ") has no column "
                    + String.join(
                            ", ", missing.stream().map(m -> "\"" + m + "\"").toList()) + ". The columns are: "
                    + String.join(", ", ParticipantColumn.headings()) + " (download the template).");
        }
        if (!ignored.isEmpty()) {
            remarks.add("These columns are not used and were left out: " + String.join(", ", ignored) + ".");
        }
        return columns;
    }

    /**
     * A cell with a line break, tab, NUL or other control character (found by fuzzing: a quoted CSV cell may hold
     * any of them) is refused: none belongs in a name or an address, and PostgreSQL cannot store a NUL at all.
     */
    private static void controlCharacters(Line line, Map<ParticipantColumn, Integer> columns, List<String> reasons) {
        for (ParticipantColumn column : columns.keySet()) {
            String value = cell(line, columns, column);
            if (value != null && value.chars().anyMatch(Character::isISOControl)) {
                reasons.add(column.heading() + " has a line break, tab or other control character in it; type it "
                        + "again without one.");
            }
        }
    }

    private static String cell(Line line, Map<ParticipantColumn, Integer> columns, ParticipantColumn column) {
        Integer index = columns.get(column);
        if (index == null || index >= line.cells().size()) {
            return null;
        }
        String value = line.cells().get(index);
        return value == null ? null : value.strip();
    }

    /** Runs one check; its refusal becomes a reason and the value null. */
    private static String check(List<String> reasons, Supplier<String> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            reasons.add(e.getMessage());
            return null;
        }
    }

    /** Name and email as typed, so the lead recognises the row. */
    private static String identifies(Line line, Map<ParticipantColumn, Integer> columns) {
        List<String> parts = new ArrayList<>();
        for (ParticipantColumn c : List.of(ParticipantColumn.FULL_NAME, ParticipantColumn.EMAIL)) {
            String value = cell(line, columns, c);
            if (value != null && !value.isBlank()) {
                String shown = value.codePoints()
                        .map(p -> Character.isISOControl(p) ? ' ' : p)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString();
                parts.add(shown.length() > 80 ? shown.substring(0, 80) + "…" : shown);
            }
        }
        return String.join(", ", parts);
    }

    private static List<Line> csvLines(byte[] content) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format =
                CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                lines.add(new Line((int) record.getRecordNumber(), record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("The file could not be read as CSV after line " + lines.size()
                    + " (often a quotation mark that is opened and never closed). Save it again from your "
                    + "spreadsheet as CSV, or as .xlsx.");
        }
        return lines;
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            // Older Excel saves "CSV" in the Windows code page.
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    /** The separator used most on the heading line: Excel writes ";" in some regions. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String heading = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = heading.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = heading.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    private static String kilobytes(int bytes) {
        return String.format(Locale.UK, "%,d KB", (bytes + 1023) / 1024);
    }
}
