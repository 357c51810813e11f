package org.learningsets.web.platform;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/**
 * Chart.js bar-chart configurations for PrimeFaces' {@code p:chart}, built with JSON-P so names are escaped. Each
 * chart sits next to a table of the same figures: the table is the accessible equivalent, the chart a picture.
 */
public final class BarCharts {

    /** One series: its legend label, its values (one per category) and a colour with 3:1 contrast on white. */
    public record Series(String label, List<? extends Number> values, String colour) {}

    public static final String BLUE = "#0b5cad";
    public static final String ORANGE = "#b35900";
    public static final String RED = "#b00020";
    public static final String GREEN = "#1e7e34";
    public static final String GREY = "#5c6670";

    /**
     * One factory for every chart: each {@code Json.createObjectBuilder()} looks the JSON-P provider up again with a
     * ServiceLoader scan of the class path, which was a quarter of a dashboard's CPU time (ops/bench). The factory
     * is safe for concurrent use.
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private BarCharts() {}

    public static String bars(List<String> categories, boolean stacked, String yTitle, Series... series) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        categories.forEach(labels::add);
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = JSON.createArrayBuilder();
            s.values().forEach(v -> data.add(v == null ? 0 : v.doubleValue()));
            datasets.add(JSON.createObjectBuilder()
                    .add("label", s.label())
                    .add("data", data)
                    .add("backgroundColor", s.colour())
                    .add("borderColor", s.colour())
                    .add("borderWidth", 1));
        }
        JsonObjectBuilder y = JSON.createObjectBuilder()
                .add("beginAtZero", true)
                .add("stacked", stacked)
                .add("title", JSON.createObjectBuilder().add("display", true).add("text", yTitle));
        JsonObjectBuilder options = JSON.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                        "scales",
                        JSON.createObjectBuilder()
                                .add("x", JSON.createObjectBuilder().add("stacked", stacked))
                                .add("y", y));
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }
}
