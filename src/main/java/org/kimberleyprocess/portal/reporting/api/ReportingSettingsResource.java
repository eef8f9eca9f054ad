package org.kimberleyprocess.portal.reporting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.reporting.application.ReportReading;
import org.kimberleyprocess.portal.reporting.application.ReportOversight;

/** The first year on which reports are due: read by anyone, set by the Secretariat. */
@Path("reports/first-year")
@Produces(MediaType.APPLICATION_JSON)
public class ReportingSettingsResource {

    /** Body and answer: {@code {"firstYear": 2024}}. */
    public record FirstYear(Integer firstYear) {
    }

    @Inject
    ReportReading reading;

    @Inject
    ReportOversight oversight;

    @GET
    public FirstYear firstYear() {
        return new FirstYear(reading.firstReportingYear());
    }

    /** Sets it (the Secretariat): 200 with the year; 400 with the allowed range for a year out of it. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public FirstYear set(FirstYear body) {
        if (body == null || body.firstYear() == null) {
            throw new BusinessException("reporting.firstYear.error.number");
        }
        oversight.setFirstReportingYear(body.firstYear());
        return new FirstYear(reading.firstReportingYear());
    }
}
