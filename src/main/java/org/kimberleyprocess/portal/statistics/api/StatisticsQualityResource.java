package org.kimberleyprocess.portal.statistics.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.statistics.application.Anomaly;
import org.kimberleyprocess.portal.statistics.application.DiscrepancyView;
import org.kimberleyprocess.portal.statistics.application.MissingReturn;
import org.kimberleyprocess.portal.statistics.application.OutsideTradeView;
import org.kimberleyprocess.portal.statistics.application.SettingsView;
import org.kimberleyprocess.portal.statistics.application.StatisticsPublication;
import org.kimberleyprocess.portal.statistics.application.StatisticsQuality;
import org.kimberleyprocess.portal.statistics.application.Summary;
import org.kimberleyprocess.portal.statistics.application.YearTotals;
import org.kimberleyprocess.portal.statistics.domain.Flow;

/**
 * The statistics' checks and publication over HTTP: the mirror check, the summary of a year, world totals, missing
 * returns, anomalies, comments and closing of mirror items, publishing a year, the settings. The public reads
 * published years only; who may do what is checked in the services.
 */
@Path("statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsQualityResource {

    @Inject
    StatisticsQuality quality;

    @Inject
    StatisticsPublication publication;

    @Inject
    CurrentLanguage language;

    /**
     * Mirror discrepancies of a quarter (A's exports to B against B's imports from A, same HS code), stored at the
     * tolerance in force; {@code tolerance} (a fraction, such as 0.05) keeps only those that differ by more.
     */
    @GET
    @Path("mirror")
    @Operation(summary = "Mirror discrepancies of a quarter")
    public List<DiscrepancyView> mirror(@QueryParam("year") Integer year, @QueryParam("quarter") String quarter,
                                        @QueryParam("tolerance") BigDecimal tolerance) {
        if (year == null || (quarter != null && !quarter.matches("Q[1-4]"))) {
            throw new BusinessException("statistics.api.error.period");
        }
        return quality.mirror(year, quarter, tolerance);
    }

    @GET
    @Path("discrepancies/{id: [0-9]+}")
    public DiscrepancyView discrepancy(@PathParam("id") long id) {
        return quality.discrepancy(id);
    }

    /** Body {@code {"text": …}}: a comment by one of the two Participants or the Working Group. */
    @POST
    @Path("discrepancies/{id: [0-9]+}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public DiscrepancyView comment(@PathParam("id") long id, JsonObject body) {
        return quality.comment(id, body == null ? null : body.getString("text", null));
    }

    /** Body {@code {"explanation": …}}: closes the item. */
    @POST
    @Path("discrepancies/{id: [0-9]+}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    public DiscrepancyView close(@PathParam("id") long id, JsonObject body) {
        return quality.close(id, body == null ? null : body.getString("explanation", null));
    }

    /** Carats, US dollars and dollars per carat per Participant in a year, and the world total. */
    @GET
    @Path("summary")
    @Operation(summary = "A year's figures of a flow, state by state, and the world total")
    public Summary summary(@QueryParam("year") Integer year, @QueryParam("flow") Flow flow) {
        if (year == null || flow == null) {
            throw new BusinessException("statistics.api.error.summary");
        }
        return publication.summary(year, flow, language.get());
    }

    /**
     * The same figures as a file to download in the reader's language ({@code ?lang=}): {@code format=csv} (UTF-8)
     * or {@code format=xlsx}; what the public page links to.
     */
    @GET
    @Path("summary/download")
    @Produces({"text/csv", SummaryDownload.XLSX, "application/problem+json"})
    @Operation(summary = "A year's figures of a flow as CSV or Excel")
    public Response download(@QueryParam("year") Integer year, @QueryParam("flow") Flow flow,
                             @QueryParam("format") String format) {
        Summary summary = summary(year, flow);
        return "xlsx".equals(format) ? SummaryDownload.xlsx(summary, language.get())
                : SummaryDownload.csv(summary, language.get());
    }

    /** World production, imports and exports by year. */
    @GET
    @Path("world")
    public List<YearTotals> world() {
        return publication.world();
    }

    /** Returns not submitted by their due date in a year (the failure to provide data). */
    @GET
    @Path("missing")
    public List<MissingReturn> missing(@QueryParam("year") int year) {
        return quality.missing(year);
    }

    /** The year's trade with partners outside the Scheme (violation items), as reported. */
    @GET
    @Path("outside-scheme")
    public List<OutsideTradeView> outsideScheme(@QueryParam("year") int year) {
        return quality.outsideScheme(year);
    }

    @GET
    @Path("anomalies")
    public List<Anomaly> anomalies(@QueryParam("year") int year) {
        return quality.anomalies(year);
    }

    /** Publishes a year: 204. */
    @POST
    @Path("publications/{year: [0-9]{4}}")
    public Response publish(@PathParam("year") int year) {
        publication.publish(year);
        return Response.noContent().build();
    }

    @GET
    @Path("settings")
    public SettingsView settings() {
        return quality.settings();
    }

    /** Body: {@code {"firstYear", "dueMonths", "mirrorTolerance", "anomalyBound"}}. */
    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public SettingsView change(JsonObject body) {
        try {
            quality.changeSettings(body.getInt("firstYear"), body.getInt("dueMonths"),
                    body.getJsonNumber("mirrorTolerance").bigDecimalValue(),
                    body.getJsonNumber("anomalyBound").bigDecimalValue());
        } catch (NullPointerException | ClassCastException e) {
            throw new BadRequestException("firstYear, dueMonths, mirrorTolerance and anomalyBound are required");
        }
        return quality.settings();
    }
}
