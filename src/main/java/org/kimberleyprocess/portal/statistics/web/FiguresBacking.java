package org.kimberleyprocess.portal.statistics.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.kimberleyprocess.portal.platform.config.PortalConfig;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.statistics.application.DemonstrationYears;
import org.kimberleyprocess.portal.statistics.application.StatisticsPublication;
import org.kimberleyprocess.portal.statistics.application.Summary;
import org.kimberleyprocess.portal.statistics.application.SummaryRow;
import org.kimberleyprocess.portal.statistics.application.YearTotals;
import org.kimberleyprocess.portal.statistics.domain.Flow;

/**
 * The published figures (figures.xhtml and figures-year.xhtml): world totals by year with charts, and a year's
 * production, imports or exports per Participant, exported to CSV and Excel. The public sees published years; the
 * Secretariat and the Working Group on Statistics every year, marked unpublished.
 */
@Named
@RequestScoped
public class FiguresBacking {

    @Inject
    private StatisticsPublication publication;

    @Inject
    private CurrentLanguage language;

    @Inject
    private PageMessages messages;

    @Inject
    private PortalConfig config;

    private List<YearTotals> world;
    private Integer year;
    private String flow;
    private Summary summary;

    public List<YearTotals> getWorld() {
        if (world == null) {
            world = publication.world();
        }
        return world;
    }

    /** Reads a year's figures of a flow (figures-year.xhtml); an unknown or unpublished year is not found. */
    public void loadYear() throws IOException {
        Flow f = java.util.Arrays.stream(Flow.values()).filter(x -> x.name().equals(flow)).findFirst()
                .orElseThrow(() -> new NotFoundException("Flow", String.valueOf(flow)));
        if (year == null) {
            throw new NotFoundException("Statistics", "-");
        }
        summary = publication.summary(year, f, language.get());
    }

    /** The address of the year's figures as a file ({@code csv} or {@code xlsx}) in the reader's language. */
    public String download(String format) {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/v1/statistics/summary/download?year=" + year + "&flow=" + flow + "&format=" + format
                + "&lang=" + language.get().code();
    }

    /** Whether these are the demonstration figures (demo mode, 2004–2006). */
    public boolean isDemonstration() {
        return config.isDemo() && DemonstrationYears.covers(year);
    }

    /** World carats by year for each flow, as a bar chart. */
    public String getCaratsChart() {
        return chart("bar", "statistics.figures.chartCarats", SummaryRow::carats);
    }

    /** World US dollars by year for each flow, as a line chart. */
    public String getValueChart() {
        return chart("line", "statistics.figures.chartValue", SummaryRow::valueUsd);
    }

    private String chart(String type, String title, Function<SummaryRow, BigDecimal> measure) {
        if (getWorld().isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        getWorld().forEach(y -> labels.add(String.valueOf(y.year())));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(Flow.PRODUCTION, "rgb(31,119,180)", y -> measure.apply(y.production())))
                .add(dataset(Flow.IMPORT, "rgb(255,127,14)", y -> measure.apply(y.imports())))
                .add(dataset(Flow.EXPORT, "rgb(44,160,44)", y -> measure.apply(y.exports())));
        return script(Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("locale", language.get().code()).add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                                .add("display", true).add("text", messages.text(title))))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true)))).build());
    }

    private JsonObjectBuilder dataset(Flow f, String colour, Function<YearTotals, BigDecimal> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        getWorld().forEach(y -> data.add(value.apply(y)));
        return Json.createObjectBuilder().add("label", messages.text("Flow." + f.name())).add("data", data)
                .add("backgroundColor", colour).add("borderColor", colour).add("borderWidth", 1);
    }

    /** The year's ten largest Participants of the flow in carats, as a bar chart. */
    public String getParticipantsChart() {
        if (summary == null || summary.participants().isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        summary.participants().stream().limit(10).forEach(r -> {
            labels.add(r.name());
            data.add(r.carats());
        });
        return script(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", messages.text("statistics.carats")).add("data", data)
                                .add("backgroundColor", "rgb(31,119,180)"))))
                .add("options", Json.createObjectBuilder().add("locale", language.get().code()).add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("indexAxis", "y")).build());
    }

    /** JSON for a script element: {@code <}, {@code >} and {@code &} only occur in strings, escaped there. */
    private static String script(JsonObject o) {
        return o.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** The flows in the order the pages show them: production, then imports and exports. */
    public Flow[] getFlows() {
        return new Flow[] {Flow.PRODUCTION, Flow.IMPORT, Flow.EXPORT};
    }

    public Summary getSummary() {
        return summary;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getFlow() {
        return flow;
    }

    public void setFlow(String flow) {
        this.flow = flow;
    }
}
