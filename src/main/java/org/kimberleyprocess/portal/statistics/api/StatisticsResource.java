package org.kimberleyprocess.portal.statistics.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kimberleyprocess.portal.statistics.application.ImportSummary;
import org.kimberleyprocess.portal.statistics.application.ReturnDetail;
import org.kimberleyprocess.portal.statistics.application.ReturnRow;
import org.kimberleyprocess.portal.statistics.application.StatisticsFile;
import org.kimberleyprocess.portal.statistics.application.StatisticsImports;
import org.kimberleyprocess.portal.statistics.application.StatisticsService;
import org.kimberleyprocess.portal.statistics.domain.Flow;

/**
 * Statistics over HTTP: imports (the file as the body, CSV or Excel), a Participant's returns on a year, one
 * period's lines, and submitting a draft period. Roles and ownership are checked in the services.
 */
@Path("statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    StatisticsImports imports;

    @Inject
    StatisticsService statistics;

    /**
     * Imports a file in the columns {@code participant,year,period,flow,hs_code,partner,carats,value_usd,
     * certificates}: all or nothing. {@code reason} is required to change a submitted period (it makes a
     * revision); {@code submit=true} submits the draft periods the file holds.
     */
    @POST
    @Path("imports")
    @Consumes({"text/csv", XLSX})
    @Operation(summary = "Import statistics (CSV or XLSX), all or nothing")
    @APIResponse(responseCode = "201", description = "Stored: counts of returns, lines, submitted and revised"
            + " periods, and lines of trade with a partner outside the Scheme")
    @APIResponse(responseCode = "422", description = "Nothing stored: every bad row with its line, column and"
            + " reason")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "A role that may not import")
    public Response importFile(InputStream body, @QueryParam("reason") String reason,
                               @QueryParam("submit") @DefaultValue("false") boolean submit) throws IOException {
        // one byte more than the limit is enough to say the file is too large
        byte[] content = body == null ? new byte[0] : body.readNBytes((int) StatisticsFile.MAX_BYTES + 1);
        ImportSummary summary = imports.importFile(content, reason, submit);
        return Response.status(Response.Status.CREATED).entity(summary).build();
    }

    /** A Participant's returns on a year: every period of each flow, with its status and totals. */
    @GET
    @Path("returns/{iso: [A-Za-z]{2}}/{year: [0-9]{4}}")
    public List<ReturnRow> year(@PathParam("iso") String iso, @PathParam("year") int year) {
        return statistics.year(iso, year);
    }

    /** One period's return: its lines and submissions. */
    @GET
    @Path("returns/{iso: [A-Za-z]{2}}/{year: [0-9]{4}}/{flow}/{period: [QH][1-4]}")
    public ReturnDetail period(@PathParam("iso") String iso, @PathParam("year") int year,
                               @PathParam("flow") Flow flow, @PathParam("period") String period) {
        return statistics.period(iso, flow, year, period);
    }

    /** Submits a draft period: 204. */
    @POST
    @Path("returns/{iso: [A-Za-z]{2}}/{year: [0-9]{4}}/{flow}/{period: [QH][1-4]}/submission")
    public Response submit(@PathParam("iso") String iso, @PathParam("year") int year, @PathParam("flow") Flow flow,
                           @PathParam("period") String period) {
        statistics.submit(iso, flow, year, period);
        return Response.noContent().build();
    }
}
