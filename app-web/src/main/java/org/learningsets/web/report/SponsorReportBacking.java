package org.learningsets.web.report;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.learningsets.ejb.report.SponsorReport;
import org.learningsets.ejb.report.SponsorReportPdf;
import org.learningsets.ejb.report.SponsorReportService;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.web.platform.Downloads;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The sponsor report of a programme, as a page and as a PDF with the same content. */
@Named
@ViewScoped
public class SponsorReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SponsorReportService reports;

    private String programmeId;
    private transient SponsorReport report;

    public void load() {
        if (programmeId == null) {
            throw new NotFoundException("No programme was named; open the report from your home page.");
        }
        report = reports.report(programmeId);
    }

    public SponsorReport getReport() {
        if (report == null) {
            load();
        }
        return report;
    }

    public StreamedContent getPdf() {
        byte[] pdf = SponsorReportPdf.write(getReport());
        return DefaultStreamedContent.builder()
                .name(Downloads.fileName(
                        "sponsor-report",
                        getReport().programmeName(),
                        getReport().asOf(),
                        "pdf"))
                .contentType("application/pdf")
                .contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = programmeId;
    }
}
