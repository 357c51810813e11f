package org.learningsets.ejb.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.learningsets.ejb.evaluation.EvaluationResults;
import org.learningsets.ejb.report.SponsorReport.SetFigures;
import org.learningsets.ejb.theme.ThemeSummary;

/**
 * The sponsor report as a PDF (OpenPDF): the same sections and figures as the page. It holds only what the page
 * holds, so nothing attributable: no names of people, no issue titles, no free-text answers (those stay on the
 * lead's evaluation page).
 */
public final class SponsorReportPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

    private SponsorReportPdf() {}

    public static byte[] write(SponsorReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));
        document.addTitle("Sponsor report: " + r.programmeName());
        document.addSubject("Learning Sets programme report for " + r.sponsorName());
        document.open();
        document.add(new Paragraph("Sponsor report: " + r.programmeName(), TITLE));
        document.add(new Paragraph(
                r.sponsorName() + ". " + DATE.format(r.start()) + " to " + DATE.format(r.end()) + ". Figures as of "
                        + DATE.format(r.asOf()) + ".",
                BODY));
        document.add(new Paragraph(
                "Nothing in this report names a person or an issue; the evaluation and themes "
                        + "appear only when enough people have contributed that nobody can be picked out.",
                BODY));

        heading(document, "Meetings and attendance");
        document.add(new Paragraph(
                r.sets().size() + " sets, " + r.members() + " members. " + r.held()
                        + " meetings held, " + r.toCome() + " still to come, " + r.cancelled() + " cancelled. "
                        + r.setsAtMinimum() + " of " + r.sets().size() + " sets have held the programme's minimum of "
                        + r.minimumMeetings() + ".",
                BODY));
        PdfPTable sets = table(List.of("Set", "Held", "To come", "Cancelled", "Attendance"));
        for (SetFigures s : r.sets()) {
            cells(
                    sets,
                    s.setName(),
                    s.held(),
                    s.toCome(),
                    s.cancelled(),
                    s.attendancePercent() == null ? "none recorded" : s.attendancePercent() + " %");
        }
        document.add(sets);

        heading(document, "Evaluation");
        EvaluationResults e = r.evaluation();
        if (!e.opened()) {
            document.add(new Paragraph("The end-of-programme evaluation has not been opened yet.", BODY));
        } else if (!e.shown()) {
            document.add(new Paragraph(
                    e.responses() + " of " + e.members() + " members have answered; results " + "are shown from "
                            + e.threshold() + " answers.",
                    BODY));
        } else {
            document.add(new Paragraph(
                    e.responses() + " of " + e.members() + " members answered (1 = lowest, " + "5 = highest).", BODY));
            PdfPTable scores = table(List.of("Question", "Answered", "Average"));
            e.items()
                    .forEach(i ->
                            cells(scores, i.wording(), i.answered(), i.average() == null ? "no answers" : i.average()));
            document.add(scores);
            if (e.confidenceChange() != null) {
                document.add(new Paragraph(
                        "Average confidence changed by " + e.confidenceChange()
                                + " points from before the programme to now.",
                        BODY));
            }
        }

        heading(document, "Themes");
        ThemeSummary t = r.themes();
        if (t.themes().isEmpty()) {
            document.add(new Paragraph(
                    "No theme has been raised by " + t.minContributors() + " or more consenting " + "members yet.",
                    BODY));
        } else {
            PdfPTable themes = table(List.of("Theme", "Members", "Issues"));
            t.themes().forEach(c -> cells(themes, c.theme(), c.members(), c.issues()));
            document.add(themes);
        }
        document.close();
        return out.toByteArray();
    }

    private static void heading(Document document, String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        document.add(p);
    }

    private static PdfPTable table(List<String> headers) {
        PdfPTable table = new PdfPTable(headers.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(h, BOLD));
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    private static void cells(PdfPTable table, Object... values) {
        for (Object v : values) {
            PdfPCell cell = new PdfPCell(new Phrase(String.valueOf(v), BODY));
            cell.setPadding(4);
            if (v instanceof Number) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
        }
    }
}
