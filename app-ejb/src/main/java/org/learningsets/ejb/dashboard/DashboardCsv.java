package org.learningsets.ejb.dashboard;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.learningsets.ejb.dashboard.FigureTables.Table;

/**
 * The figures as one CSV file (RFC 4180, through Commons CSV): each table in turn, its name on a line of its own,
 * then its header and rows, then an empty line. Spreadsheets open it as it is.
 */
public final class DashboardCsv {

    private DashboardCsv() {}

    public static String write(List<Table> tables) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (Table table : tables) {
                csv.printRecord(table.name());
                csv.printRecord(table.headers());
                for (List<Object> row : table.rows()) {
                    csv.printRecord(row.stream().map(DashboardCsv::cell).toList());
                }
                csv.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Text a spreadsheet would run as a formula when the CSV is opened (starting with =, +, -, @, tab or carriage
     * return: OWASP's CSV injection list) gets a leading apostrophe, so it shows as typed. Numbers are left alone,
     * negative ones included.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof CharSequence && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
