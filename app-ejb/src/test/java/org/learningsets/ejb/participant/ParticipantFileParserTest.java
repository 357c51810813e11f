package org.learningsets.ejb.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.learningsets.ejb.participant.ImportViews.ImportedRow;
import org.learningsets.ejb.participant.ImportViews.ParsedFile;
import org.learningsets.ejb.participant.ImportViews.RowProblem;
import org.learningsets.model.common.InvalidInputException;

class ParticipantFileParserTest {

    private static ParsedFile csv(String text) {
        return ParticipantFileParser.parse("people.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(String fileName, byte[] content) {
        return assertThrows(InvalidInputException.class, () -> ParticipantFileParser.parse(fileName, content))
                .getMessage();
    }

    @Test
    void columnsAreFoundByHeadingInAnyOrderAndCellsAreTrimmed() {
        ParsedFile file = csv("""
                \uFEFFEmail ; Trust;FULL_NAME*;Job title;Specialty;Line manager;Shoe size
                  Amy.Ward@Example.org ; North Trust ; Amy Ward ;Nurse;Emergency care; ;41

                ben.cole@example.org;South Trust;"Cole, Ben";;;amy.ward@example.org;
                """);
        assertEquals(List.of(), file.problems());
        assertEquals(
                List.of(
                        new ImportedRow(
                                2, "Amy Ward", "amy.ward@example.org", "North Trust", "Nurse", "Emergency care", null),
                        new ImportedRow(
                                4,
                                "Cole, Ben",
                                "ben.cole@example.org",
                                "South Trust",
                                null,
                                null,
                                "amy.ward@example.org")),
                file.rows());
        assertEquals(List.of("These columns are not used and were left out: Shoe size."), file.remarks());
    }

    @Test
    void eachBadRowIsReportedWithItsLineNumberAndEveryReason() {
        ParsedFile file = csv("""
                Full name,Email,Organisation,Profession,Clinical area,Line manager email
                ,not-an-email,North Trust,,,
                Cai Lin,cai.lin@example.org,,%s,,
                Dee Roy,dee.roy@example.org,North Trust,,,DEE.ROY@example.org
                Eve Ash,eve.ash@example.org,North Trust,,,nobody-at-all
                Fay Hunt,fay.hunt@example.org,North Trust,Physiotherapist,,
                """.formatted("x".repeat(101)));
        assertEquals(
                List.of(new ImportedRow(
                        6, "Fay Hunt", "fay.hunt@example.org", "North Trust", "Physiotherapist", null, null)),
                file.rows());
        List<RowProblem> problems = file.problems();
        assertEquals(
                List.of(2, 3, 4, 5), problems.stream().map(RowProblem::line).toList());
        assertEquals("not-an-email", problems.get(0).identifies());
        assertEquals(
                "Full name is required. \"not-an-email\" is not an email address.",
                problems.get(0).reason());
        assertEquals(
                "Organisation is required. Profession must be at most 100 characters (it has 101).",
                problems.get(1).reason());
        assertEquals(
                "A person cannot be their own line manager.", problems.get(2).reason());
        assertEquals(
                "\"nobody-at-all\" is not an email address.", problems.get(3).reason());
    }

    @Test
    void anEmailRepeatedInAnyCaseIsLeftOutAgainstTheLineThatHasItFirst() {
        ParsedFile file = csv("""
                Full name,Email,Organisation
                Gus Hale,gus.hale@example.org,North Trust
                Gus Hale (again),GUS.Hale@Example.ORG,South Trust
                ,gus.hale@example.org,
                """);
        assertEquals(List.of(2), file.rows().stream().map(ImportedRow::line).toList());
        assertEquals(
                "The same email as line 2: an email address belongs to one person, so this line is left out.",
                file.problems().get(0).reason());
        assertTrue(file.problems().get(1).reason().startsWith("Full name is required."));
        assertTrue(file.problems()
                .get(1)
                .reason()
                .endsWith("The same email as line 2: an email address belongs to "
                        + "one person, so this line is left out."));
    }

    @Test
    void anExcelWorkbookIsReadLikeCsvWithNumbersAsShownAndSpreadsheetRowNumbers() {
        byte[] xlsx = ParticipantFiles.xlsx(List.of(
                List.of(),
                List.of("Full name", "Email", "Organisation", "Profession"),
                List.of("Ida Moss", "ida.moss@example.org", "North Trust", 42),
                List.of("Jon Pike", "broken-email", "North Trust", "")));
        ParsedFile file = ParticipantFileParser.parse("People.XLSX", xlsx);
        assertEquals(
                List.of(new ImportedRow(3, "Ida Moss", "ida.moss@example.org", "North Trust", "42", null, null)),
                file.rows());
        assertEquals(4, file.problems().get(0).line());
        assertEquals(
                "\"broken-email\" is not an email address.",
                file.problems().get(0).reason());
    }

    @Test
    void anExcelCellShowsAFormulasSavedResultTrueOrFalseAndTheCharactersExcelEscapes() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("People");
            Row heading = sheet.createRow(0);
            List.of("Full name", "Email", "Organisation", "Profession")
                    .forEach(h -> heading.createCell(heading.getPhysicalNumberOfCells())
                            .setCellValue(h));
            Row ida = sheet.createRow(1);
            ida.createCell(0).setCellValue("Ida_x005F_x0041_ Moss");
            ida.createCell(1).setCellFormula("LOWER(\"IDA.MOSS@EXAMPLE.ORG\")");
            ida.createCell(2).setCellValue("North Trust");
            ida.createCell(3).setCellValue(true);
            Row jon = sheet.createRow(2);
            jon.createCell(0).setCellValue("Jon_x000D_Pike");
            jon.createCell(1).setCellValue("jon.pike@example.org");
            jon.createCell(2).setCellValue(0.1 + 0.2);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        ParsedFile file = ParticipantFileParser.parse("people.xlsx", xlsx);
        assertEquals(
                List.of(new ImportedRow(
                        2, "Ida_x0041_ Moss", "ida.moss@example.org", "North Trust", "TRUE", null, null)),
                file.rows());
        assertEquals(
                List.of(new RowProblem(
                        3,
                        "Jon Pike, jon.pike@example.org",
                        "Full name has a line break, tab or other control character in it; type it again without "
                                + "one.")),
                file.problems());
        assertEquals("0.3", ParticipantSheet.unescape("0.3"));
        assertEquals("a\tb_x00", ParticipantSheet.unescape("a_x0009_b_x00"));
    }

    @Test
    void anOldExcelFileIsRefusedWithHowToSaveItAsXlsx() {
        byte[] xls = new byte[512];
        System.arraycopy(
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                0,
                xls,
                0,
                8);
        assertEquals(
                "This is an Excel 97-2003 workbook (.xls), which cannot be read here. Open it in Excel and save it "
                        + "as an Excel Workbook (.xlsx) or as CSV, then choose it again.",
                refusal("people.xls", xls));
    }

    /** A workbook is a zip file: a small one can unpack to gigabytes, so what it unpacks to is counted first. */
    @Test
    void aWorkbookThatUnpacksToFarMoreThanAListNeedsIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written <= ParticipantSheet.MAX_UNPACKED_BYTES; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(bytes.size() < ParticipantFileParser.MAX_BYTES, "the file itself is small: " + bytes.size());
        assertEquals(
                "The workbook unpacks to more than 50 MB, far more than a list of participants needs. Copy the "
                        + "participants to a new workbook, or save them as CSV, and choose that file.",
                refusal("people.xlsx", bytes.toByteArray()));
    }

    @Test
    void theTemplatesHaveEveryHeadingAndNoParticipants() {
        String none = "The file has a heading row but no participants under it.";
        assertEquals(none, refusal("template.csv", ParticipantTemplate.csv()));
        assertEquals(none, refusal("template.xlsx", ParticipantTemplate.xlsx()));
        assertEquals(
                "\uFEFFFull name,Email,Organisation,Profession,Clinical area,Line manager email\r\n",
                new String(ParticipantTemplate.csv(), StandardCharsets.UTF_8));
    }

    @Test
    void aWindowsCodePageFileIsReadToo() {
        byte[] cp1252 = "Full name,Email,Organisation\nZoë Brontë,zoe@example.org,Trust\n"
                .getBytes(Charset.forName("windows-1252"));
        assertEquals(
                "Zoë Brontë",
                ParticipantFileParser.parse("a.csv", cp1252).rows().get(0).fullName());
    }

    @Test
    void filesThatCannotBeUsedAreRefusedWithOneClearMessage() throws IOException {
        assertEquals(
                "The file is empty. Choose a CSV or Excel file with a heading row and one participant per row.",
                refusal("a.csv", new byte[0]));
        assertEquals(
                "Choose a .csv or .xlsx file (this one is called \"people.pdf\").",
                refusal("people.pdf", "x".getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                "The heading row (line 1) has no column \"Email\", \"Organisation\". The columns are: Full name, "
                        + "Email, Organisation, Profession, Clinical area, Line manager email (download the template).",
                refusal("a.csv", "Full name,Mail\nA,b@c.de\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                "The heading row (line 1) has the column \"Email\" twice; keep one.",
                refusal("a.csv", "Full name,Email,E-mail,Organisation\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(refusal(
                        "a.csv",
                        "Full name,Email,Organisation\n\"Amy,amy@example.org,T\n".getBytes(StandardCharsets.UTF_8))
                .startsWith("The file could not be read as CSV"));
        assertEquals(
                "The file could not be read as an Excel workbook. Save it again as .xlsx (or as CSV) and choose "
                        + "it again.",
                refusal("a.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void atMostTwoThousandRowsAndTwoMegabytes() {
        StringBuilder text = new StringBuilder("Full name,Email,Organisation\n");
        for (int i = 1; i <= ParticipantFileParser.MAX_ROWS; i++) {
            text.append("Person ")
                    .append(i)
                    .append(",p")
                    .append(i)
                    .append("@example.org,Trust ")
                    .append(i % 40)
                    .append('\n');
        }
        long start = System.nanoTime();
        ParsedFile full = csv(text.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(2000, full.rows().size());
        assertEquals(2001, full.rows().get(1999).line());
        System.out.println("Parsed 2,000 CSV rows in " + millis + " ms");

        text.append("Person 2001,p2001@example.org,Trust\n");
        assertEquals(
                "The file has 2001 participants; at most 2,000 can be imported at once. Split it into smaller "
                        + "files.",
                refusal("a.csv", text.toString().getBytes(StandardCharsets.UTF_8)));
        byte[] tooBig = new byte[ParticipantFileParser.MAX_BYTES + 1];
        assertEquals(
                "The file is 2,049 KB; at most 2,048 KB can be imported at once. Split it into smaller files.",
                refusal("a.csv", tooBig));
    }

    /** Found by fuzzing: a quoted CSV cell can hold a NUL or a line break, which PostgreSQL or a name cannot. */
    @Test
    void aCellWithAControlCharacterIsReportedAndShownWithoutIt() {
        ParsedFile file = csv("Full name,Email,Organisation\n\"Amy\nSmith\",amy@example.org,T\n"
                + "Bo\u0000b,bob@example.org,T\nCy Dee,cy@example.org,T\n");
        assertEquals(
                List.of("cy@example.org"),
                file.rows().stream().map(ImportedRow::email).toList());
        assertEquals(
                List.of(2, 3), file.problems().stream().map(RowProblem::line).toList());
        assertEquals(
                "Full name has a line break, tab or other control character in it; type it again without one.",
                file.problems().get(0).reason());
        assertEquals("Amy Smith, amy@example.org", file.problems().get(0).identifies());
        assertEquals("Bo b, bob@example.org", file.problems().get(1).identifies());
    }

    @Test
    void blankOptionalCellsAreNull() {
        ImportedRow row = csv("Full name,Email,Organisation,Profession\nA B,a@b.org,T,  \n")
                .rows()
                .get(0);
        assertNull(row.profession());
    }
}
