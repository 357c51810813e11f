package org.learningsets.ejb.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.learningsets.ejb.dashboard.DashboardViews.ActionCounts;
import org.learningsets.ejb.dashboard.DashboardViews.HealthFlag;
import org.learningsets.ejb.dashboard.DashboardViews.IssueAge;
import org.learningsets.ejb.dashboard.DashboardViews.IssueCounts;
import org.learningsets.ejb.dashboard.DashboardViews.MeetingAttendance;
import org.learningsets.ejb.dashboard.DashboardViews.MeetingCounts;
import org.learningsets.ejb.dashboard.DashboardViews.MeetingTime;
import org.learningsets.ejb.dashboard.DashboardViews.MemberAttendance;
import org.learningsets.ejb.dashboard.DashboardViews.SetDashboard;

class DashboardExportTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 9);

    private static SetDashboard dashboard() {
        return new SetDashboard(
                "s1",
                "Set \"A\", north",
                "Programme",
                DAY.plusDays(1),
                new MeetingCounts(1, 5, 0, 6),
                83,
                List.of(new MeetingAttendance(1, DAY, 5, 1, 0, 83)),
                List.of(
                        new MemberAttendance("p1", "Amira Khan", 1, 0, 0, 100),
                        new MemberAttendance("p2", "Chloe Davies", 0, 1, 0, 0)),
                new ActionCounts(2, 1, 0, 0, 1),
                new IssueCounts(1, 0, 0, 1, null),
                List.of(new IssueAge("Mornings, and why", "Amira Khan", "OPEN", DAY, 1)),
                List.of(new MeetingTime(1, DAY, 60, 70, 120)),
                List.of(new HealthFlag("p1", "Amira Khan", List.of(), 1)));
    }

    @Test
    void theCsvHoldsEveryTableWithQuotingWhereNeeded() throws Exception {
        String csv = DashboardCsv.write(FigureTables.of(dashboard()));
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertEquals("Summary", records.get(0).get(0));
        assertEquals("Set", records.get(1).get(0));
        assertEquals("Set \"A\", north", records.get(2).get(0), "quotes and commas survive");
        assertEquals("1", records.get(2).get(2), "meetings held");
        assertEquals("83", records.get(2).get(6), "attendance %");
        assertEquals("", records.get(2).get(16), "no issue resolved yet: no average");
        assertTrue(csv.contains("Mornings, and why"), csv);
        assertTrue(csv.contains("Amira Khan has 1 overdue action."), csv);
        assertTrue(csv.contains("Minutes used,Minutes booked"), csv);
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertEquals("'=HYPERLINK(\"http://x\")", DashboardCsv.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", DashboardCsv.cell("+1"));
        assertEquals("'-2+3", DashboardCsv.cell("-2+3"));
        assertEquals("'@SUM(A1)", DashboardCsv.cell("@SUM(A1)"));
        assertEquals("'\tcmd", DashboardCsv.cell("\tcmd"));
        assertEquals("-5", DashboardCsv.cell(-5), "a negative number stays a number");
        assertEquals("Set A", DashboardCsv.cell("Set A"));
        assertEquals("", DashboardCsv.cell(null));
    }

    @Test
    void theWorkbookHasOneSheetPerTableWithNumbersAsNumbers() throws Exception {
        byte[] xlsx = DashboardWorkbook.write(FigureTables.of(dashboard()));
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(
                    List.of(
                            "Summary",
                            "Attendance by meeting",
                            "Attendance by member",
                            "Time used and booked",
                            "Issues",
                            "Set health"),
                    java.util.stream.IntStream.range(0, book.getNumberOfSheets())
                            .mapToObj(book::getSheetName)
                            .toList());
            Sheet summary = book.getSheet("Summary");
            assertEquals("Attendance %", summary.getRow(0).getCell(6).getStringCellValue());
            assertEquals(83.0, summary.getRow(1).getCell(6).getNumericCellValue());
            Sheet time = book.getSheet("Time used and booked");
            assertEquals(
                    DAY, time.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(60.0, time.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(70.0, time.getRow(1).getCell(3).getNumericCellValue());
        }
    }

    @Test
    void acrossSetsTheExportHasTheSummaryAndHealthButNoIssueTitles() throws Exception {
        String csv = DashboardCsv.write(FigureTables.of(List.of(dashboard().headline())));
        assertTrue(csv.startsWith("Summary"), csv);
        assertTrue(csv.contains("\"Set \"\"A\"\", north\",Amira Khan,,1,Amira Khan has 1 overdue action."), csv);
        assertTrue(!csv.contains("Mornings"), "issue titles stay on the set's own dashboard");
    }
}
