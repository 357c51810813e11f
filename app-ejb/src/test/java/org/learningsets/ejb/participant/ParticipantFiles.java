package org.learningsets.ejb.participant;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Participant files made in the tests: rows of cells as an .xlsx workbook or as UTF-8 CSV. */
final class ParticipantFiles {

    private ParticipantFiles() {}

    /** Numbers become numeric cells, anything else a text cell; row i of the list is spreadsheet row i + 1. */
    static byte[] xlsx(List<? extends List<?>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("People");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 (quotes where needed), comma-separated. */
    static byte[] csv(List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder();
        try {
            for (List<?> row : rows) {
                CSVFormat.RFC4180.printRecord(out, row.toArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
