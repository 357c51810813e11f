package org.learningsets.web.platform;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.learningsets.ejb.dashboard.DashboardCsv;
import org.learningsets.ejb.dashboard.DashboardWorkbook;
import org.learningsets.ejb.dashboard.FigureTables.Table;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Figures (dashboards, evaluation) as file downloads, named after what they hold and the day. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {}

    /** {@code kind} and {@code name} make the file name, e.g. "dashboard" and "Set A". */
    public static StreamedContent csv(String kind, String name, LocalDate day, List<Table> tables) {
        byte[] bytes = DashboardCsv.write(tables).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name(fileName(kind, name, day, "csv"))
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public static StreamedContent excel(String kind, String name, LocalDate day, List<Table> tables) {
        byte[] bytes = DashboardWorkbook.write(tables);
        return DefaultStreamedContent.builder()
                .name(fileName(kind, name, day, "xlsx"))
                .contentType(XLSX)
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    /** e.g. "dashboard-set-a-2027-03-10.csv": letters and digits only, so every browser keeps the name. */
    public static String fileName(String kind, String name, LocalDate day, String extension) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return kind + "-" + (slug.isEmpty() ? "figures" : slug) + "-" + day + "." + extension;
    }
}
