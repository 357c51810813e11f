package org.learningsets.ejb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningsets.ejb.evaluation.EvaluationResults;
import org.learningsets.ejb.report.SponsorReport.SetFigures;
import org.learningsets.ejb.theme.ThemeSummary;
import org.learningsets.model.evaluation.EvaluationItem;

class SponsorReportPdfTest {

    @Test
    void thePdfHoldsThePagesFiguresAndNoFreeText() throws Exception {
        EvaluationResults evaluation = new EvaluationResults(
                "p",
                "Leading AEC",
                true,
                false,
                null,
                Instant.now(),
                Instant.now(),
                12,
                3,
                3,
                List.of(new EvaluationResults.ItemResult(
                        EvaluationItem.PEER_SUPPORT.name(),
                        EvaluationItem.PEER_SUPPORT.getWording(),
                        List.of(),
                        3,
                        4.3,
                        List.of(0, 0, 0, 2, 1))),
                List.of("I stopped feeling alone"),
                List.of("More meetings"));
        SponsorReport report = new SponsorReport(
                "p",
                "Leading AEC",
                "NHS Elect",
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 5, 1),
                6,
                LocalDate.of(2026, 12, 1),
                12,
                List.of(new SetFigures("Set A", 2, 4, 0, 83), new SetFigures("Set B", 1, 5, 0, null)),
                evaluation,
                new ThemeSummary(
                        "Leading AEC", 3, Instant.now(), List.of(new ThemeSummary.ThemeCount("Patient flow", 3, 4))));

        byte[] pdf = SponsorReportPdf.write(report);
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String all = text.toString().replaceAll("\\s+", " ");
        assertTrue(all.contains("Sponsor report: Leading AEC"), all);
        assertTrue(all.contains("3 meetings held, 9 still to come, 0 cancelled"), all);
        assertTrue(all.contains("0 of 2 sets have held the programme's minimum of 6"), all);
        assertTrue(all.contains("83 %") && all.contains("none recorded"), all);
        assertTrue(all.contains("3 of 12 members answered"), all);
        assertTrue(all.contains("Patient flow"), all);
        assertFalse(
                all.contains("I stopped feeling alone") || all.contains("More meetings"),
                "free-text answers stay on the lead's evaluation page");
        assertEquals("Sponsor report: Leading AEC", reader.getInfo().get("Title"));
        reader.close();
    }
}
