package org.learningsets.ejb.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.learningsets.ejb.dashboard.FigureTables.Table;

/**
 * The figures as an Excel workbook (.xlsx, written by fastexcel): one sheet per table, numbers as numbers, dates as
 * dates, the heading row bold and frozen. fastexcel makes sheet names safe (at most 31 characters, none of
 * {@code / \ ? * [ ] :}) and drops characters XML cannot hold.
 */
public final class DashboardWorkbook {

    private static final String APPLICATION = "Learning Sets";

    private DashboardWorkbook() {}

    public static byte[] write(List<Table> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, APPLICATION, null);
            if (tables.isEmpty()) {
                // A workbook needs a sheet; an empty one says there is nothing to show rather than failing.
                workbook.newWorksheet("Figures");
            }
            for (Table table : tables) {
                sheet(workbook.newWorksheet(table.name()), table);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sheet(Worksheet sheet, Table table) {
        for (int c = 0; c < table.headers().size(); c++) {
            sheet.value(0, c, table.headers().get(c));
            sheet.style(0, c).bold().set();
            sheet.width(c, Math.min(60, Math.max(12, table.headers().get(c).length() + 2)));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> values = table.rows().get(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof Number n) {
                    sheet.value(r + 1, c, n);
                } else if (v instanceof LocalDate d) {
                    sheet.value(r + 1, c, d);
                    sheet.style(r + 1, c).format("yyyy-mm-dd").set();
                } else if (v != null) {
                    sheet.value(r + 1, c, v.toString());
                }
            }
        }
        sheet.freezePane(0, 1);
    }
}
