package org.learningsets.web.participant;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.learningsets.ejb.participant.ImportViews.ImportPreview;
import org.learningsets.ejb.participant.ImportViews.ImportResult;
import org.learningsets.ejb.participant.ImportViews.Outcome;
import org.learningsets.ejb.participant.ImportViews.ProgrammeChoice;
import org.learningsets.ejb.participant.ParticipantFileParser;
import org.learningsets.ejb.participant.ParticipantImportService;
import org.learningsets.ejb.participant.ParticipantTemplate;
import org.learningsets.web.platform.AfterRedirect;
import org.learningsets.web.platform.Messages;
import org.learningsets.web.platform.RequestAddress;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Programme leads: choose a programme and a file, read the preview (what will happen to each line, and why a line
 * cannot be imported), then confirm or cancel. The file is kept in the view between the two steps and read again
 * on confirming; nothing is written before.
 */
@Named
@ViewScoped
public class ParticipantImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String RESULT = "participantImportResult";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    ParticipantImportService imports;

    private String programmeId;
    private List<ProgrammeChoice> programmes;
    private transient Part file;
    private String fileName;
    private byte[] content;
    private ImportPreview preview;
    private ImportResult result;

    public void load() {
        result = AfterRedirect.take(RESULT, ImportResult.class);
        programmes = imports.programmes();
        if (programmeId == null && programmes.size() == 1) {
            programmeId = programmes.get(0).id();
        }
    }

    public void preview() {
        result = null;
        preview = null;
        if (file == null || file.getSize() == 0) {
            Messages.error("Choose a file to import (CSV or Excel).");
            return;
        }
        fileName = file.getSubmittedFileName();
        try (var in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (Messages.attempt(() -> preview = imports.preview(programmeId, fileName, content))) {
            if (preview.toImport() == 0) {
                Messages.error("Nothing in this file can be imported: see the reasons below.");
            }
        } else {
            content = null;
        }
    }

    /** Post-redirect-get: the result is handed to the next page once, so reloading the page never imports twice. */
    public String confirm() {
        if (content == null) {
            Messages.error("Choose a file and look at the preview first.");
            return null;
        }
        ImportResult[] done = new ImportResult[1];
        if (!Messages.attempt(() -> done[0] = imports.confirm(programmeId, fileName, content, RequestAddress.base()))) {
            return null;
        }
        Messages.info("Imported: " + done[0].peopleCreated() + " new " + people(done[0].peopleCreated())
                + " invited, " + done[0].existingEnrolled() + " already known " + people(done[0].existingEnrolled())
                + " enrolled.");
        AfterRedirect.put(RESULT, done[0]);
        return again();
    }

    public String cancel() {
        Messages.info("Nothing was imported.");
        return again();
    }

    private String again() {
        return "/programmes/import?faces-redirect=true" + (programmeId == null ? "" : "&id=" + programmeId);
    }

    public StreamedContent getCsvTemplate() {
        return download("participants.csv", "text/csv; charset=UTF-8", ParticipantTemplate.csv());
    }

    public StreamedContent getExcelTemplate() {
        return download("participants.xlsx", XLSX, ParticipantTemplate.xlsx());
    }

    private static StreamedContent download(String name, String type, byte[] bytes) {
        return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) bytes.length).stream(
                        () -> new ByteArrayInputStream(bytes))
                .build();
    }

    private static String people(int count) {
        return count == 1 ? "person" : "people";
    }

    /** The page names the outcome as a constant ('NEW_PERSON'); EL turns it into the enum, or refuses it. */
    public long count(Outcome outcome) {
        return preview == null ? 0 : preview.count(outcome);
    }

    public int getMaxRows() {
        return ParticipantFileParser.MAX_ROWS;
    }

    public long getMaxBytes() {
        return ParticipantFileParser.MAX_BYTES;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = programmeId;
    }

    public List<ProgrammeChoice> getProgrammes() {
        return programmes;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public ImportResult getResult() {
        return result;
    }
}
