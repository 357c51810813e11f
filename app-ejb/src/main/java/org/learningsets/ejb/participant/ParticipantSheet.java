package org.learningsets.ejb.participant;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.learningsets.ejb.participant.ParticipantFileParser.Line;
import org.learningsets.model.common.InvalidInputException;

/**
 * The first sheet of an .xlsx workbook as lines of text, read with fastexcel-reader: cells as Excel shows them in
 * the General format (numbers to 15 significant digits, TRUE and FALSE, a formula's saved result), and the
 * workbook's escaped characters ({@code _x000D_}) decoded. Before any of it is parsed, the whole package is
 * unpacked once without keeping it, so a small file that unpacks to gigabytes (a zip bomb) is refused.
 */
final class ParticipantSheet {

    /** A 2,000-row participant sheet unpacks to well under a megabyte; this leaves room for any other sheets. */
    static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;

    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private ParticipantSheet() {}

    static List<Line> lines(byte[] content) {
        // The reader's own signature check; a copy padded to its 8 bytes, as it refuses shorter input.
        if (ReadableWorkbook.isOLE2Header(Arrays.copyOf(content, 8))) {
            throw new InvalidInputException("This is an Excel 97-2003 workbook (.xls), which cannot be read here. "
                    + "Open it in Excel and save it as an Excel Workbook (.xlsx) or as CSV, then choose it again.");
        }
        try {
            checkUnpackedSize(content);
            return firstSheet(content);
        } catch (IOException | RuntimeException e) {
            throw refusal(e);
        }
    }

    private static List<Line> firstSheet(byte[] content) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Optional<Sheet> first = workbook.getSheet(0);
            if (first.isEmpty()) {
                throw new InvalidInputException("The workbook has no sheets.");
            }
            List<Line> lines = new ArrayList<>();
            try (Stream<Row> rows = first.get().openStream()) {
                rows.forEach(row -> lines.add(new Line(row.getRowNum(), cells(row))));
            }
            return lines;
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int c = 0; c < row.getCellCount(); c++) {
            cells.add(text(row.getCell(c)));
        }
        return Collections.unmodifiableList(cells);
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getValue() == null) {
            return null;
        }
        Object value = cell.getValue();
        if (value instanceof BigDecimal number) {
            return number.round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        return unescape(value.toString());
    }

    /** OOXML writes a character XML cannot hold as _xHHHH_, and a literal "_x" that would look like one as _x005F_x. */
    static String unescape(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher m = ESCAPED.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, "");
            out.append((char) Integer.parseInt(m.group(1), 16));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Unpacks every entry the reader could open (the central directory's, as the reader reads it) and counts. */
    private static void checkUnpackedSize(byte[] content) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                .get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                        if (total > MAX_UNPACKED_BYTES) {
                            throw new InvalidInputException("The workbook unpacks to more than "
                                    + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB, far more than a list of "
                                    + "participants needs. Copy the participants to a new workbook, or save them "
                                    + "as CSV, and choose that file.");
                        }
                    }
                }
            }
        }
    }

    /** Our own refusal as it is; anything the zip or XML reader threw as one message the lead can act on. */
    private static InvalidInputException refusal(Exception e) {
        return e instanceof InvalidInputException invalid
                ? invalid
                : new InvalidInputException("The file could not be read as an Excel workbook. Save it again as "
                        + ".xlsx (or as CSV) and choose it again.");
    }
}
