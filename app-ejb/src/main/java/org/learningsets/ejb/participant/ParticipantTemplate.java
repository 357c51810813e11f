package org.learningsets.ejb.participant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.learningsets.ejb.dashboard.DashboardWorkbook;
import org.learningsets.ejb.dashboard.FigureTables.Table;

/** Empty participant files with the headings in place, to fill in: CSV and Excel. */
public final class ParticipantTemplate {

    private ParticipantTemplate() {}

    /** UTF-8 with a byte order mark, so that Excel opens names with accents correctly. */
    public static byte[] csv() {
        try {
            StringBuilder out = new StringBuilder("\uFEFF");
            CSVFormat.RFC4180.printRecord(out, ParticipantColumn.headings().toArray());
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsx() {
        return DashboardWorkbook.write(List.of(new Table("Participants", ParticipantColumn.headings(), List.of())));
    }
}
