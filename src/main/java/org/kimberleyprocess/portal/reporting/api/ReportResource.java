package org.kimberleyprocess.portal.reporting.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.files.DocumentStore;
import org.kimberleyprocess.portal.platform.files.Downloads;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.reporting.application.AnswerView;
import org.kimberleyprocess.portal.reporting.application.PrintedReport;
import org.kimberleyprocess.portal.reporting.application.ReportReading;
import org.kimberleyprocess.portal.reporting.application.ReportFiling;
import org.kimberleyprocess.portal.reporting.application.ReportOversight;
import org.kimberleyprocess.portal.reporting.application.ReportView;
import org.kimberleyprocess.portal.reporting.application.ReviewService;
import org.kimberleyprocess.portal.reporting.domain.report.Assessment;
import org.kimberleyprocess.portal.reporting.domain.report.InvalidAnswerException;

/**
 * The annual report over HTTP: read a report ({@code /reports/{year}/{iso2}}), change one answer with
 * {@code If-Match} carrying the version seen (412 with the stored answer when it is stale, 428 without it once the
 * answer exists), submit. Roles and ownership are checked in the service.
 */
@Path("reports/{year: [0-9]{4}}/{iso: [A-Za-z]{2}}")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    ReportReading reading;

    @Inject
    ReportFiling filing;

    @Inject
    ReportOversight oversight;

    @Inject
    ReviewService review;

    @Inject
    ReportPdf pdf;

    @Inject
    DocumentStore documents;

    @Inject
    CurrentLanguage language;

    /** The file of a file answer, for whoever may read that answer (the public: a submitted, public one). */
    @GET
    @Path("answers/{code}/file")
    public Response file(@PathParam("year") int year, @PathParam("iso") String iso, @PathParam("code") String code) {
        return Downloads.of(documents, reading.answerFile(year, iso, code));
    }

    /**
     * The report as PDF in the reader's language ({@code ?lang=}), with what the caller may read of it (the public:
     * the last submission without its KP-only answers).
     */
    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response printed(@PathParam("year") int year, @PathParam("iso") String iso) {
        PrintedReport report = reading.printed(year, iso, language.get());
        String name = "kp-annual-report-" + report.year() + "-" + report.iso() + "-" + language.get().code() + ".pdf";
        return Response.ok(pdf.render(report, language.get()), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @GET
    public ReportView report(@PathParam("year") int year, @PathParam("iso") String iso) {
        return reading.report(year, iso);
    }

    /** Body: {@code {"value": …, "kpOnly": false}}; 200 with the answer and its new {@code ETag}. */
    @PUT
    @Path("answers/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("year") int year, @PathParam("iso") String iso, @PathParam("code") String code,
                           @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        if (body == null) {
            throw new InvalidAnswerException("reporting.answer.error.shape");
        }
        JsonValue value = body.containsKey("value") ? body.get("value") : JsonValue.NULL;
        boolean kpOnly = body.containsKey("kpOnly") && body.get("kpOnly") == JsonValue.TRUE;
        AnswerView saved = filing.answer(year, iso, code, value, kpOnly, seen(ifMatch));
        return Response.ok(saved).tag(new EntityTag(String.valueOf(saved.version()))).build();
    }

    /** A file answer: a multipart form with the part {@code file}; 200 with the answer and its new {@code ETag}. */
    @POST
    @Path("answers/{code}/file")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@PathParam("year") int year, @PathParam("iso") String iso, @PathParam("code") String code,
                           @HeaderParam("If-Match") String ifMatch, List<EntityPart> parts) throws IOException {
        List<EntityPart> all = parts == null ? List.of() : parts;
        // the part named "file", or the only part (a name in UTF-8 can leave a parser without the part's name)
        EntityPart file = all.stream().filter(p -> "file".equals(p.getName())).findFirst()
                .orElse(all.size() == 1 ? all.get(0) : null);
        if (file == null) {
            throw new InvalidAnswerException("reporting.answer.error.shape");
        }
        AnswerView saved = filing.attach(year, iso, code, fileName(file), declaredSize(file), file.getContent(),
                seen(ifMatch));
        return Response.ok(saved).tag(new EntityTag(String.valueOf(saved.version()))).build();
    }

    /** 200 with the submitted report; 422 with the codes of what is missing or invalid. */
    @POST
    @Path("submission")
    public ReportView submit(@PathParam("year") int year, @PathParam("iso") String iso) {
        return filing.submit(year, iso);
    }

    /** A comment of the review on a question: {@code {"question": "II.A.1", "text": …}}; 204. */
    @POST
    @Path("comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("year") int year, @PathParam("iso") String iso, JsonObject body) {
        review.comment(year, iso, body == null ? null : body.getString("question", null),
                body == null ? null : body.getString("text", null));
        return Response.noContent().build();
    }

    /** Where the review stands: {@code {"assessment": "ASSESSED"}}; 204. */
    @PUT
    @Path("assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assess(@PathParam("year") int year, @PathParam("iso") String iso, JsonObject body) {
        String value = body == null ? "" : body.getString("assessment", "");
        Assessment assessment = java.util.Arrays.stream(Assessment.values()).filter(a -> a.name().equals(value))
                .findFirst().orElseThrow(() -> new BusinessException("error.badRequest"));
        review.assess(year, iso, assessment);
        return Response.noContent().build();
    }

    /** The Secretariat reopens a submitted report; body {@code {"reason": …}}; 204. */
    @POST
    @Path("reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reopen(@PathParam("year") int year, @PathParam("iso") String iso, JsonObject body) {
        oversight.reopen(year, iso, body == null ? null : body.getString("reason", null));
        return Response.noContent().build();
    }

    /**
     * The part's file name as the person's system named it. Browsers send it as UTF-8 bytes, which a header parser
     * may have read as ISO-8859-1: read that way, it is decoded again.
     */
    static String fileName(EntityPart part) {
        String name = part.getFileName().filter(n -> !n.isBlank()).orElse("document");
        if (name.chars().allMatch(c -> c < 256) && name.chars().anyMatch(c -> c >= 128)) {
            String again = new String(name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                    java.nio.charset.StandardCharsets.UTF_8);
            if (!again.contains("\uFFFD")) {
                return again;
            }
        }
        return name;
    }

    /** The size a part declares ({@code -1} when it does not say); a malformed one is refused as bad input. */
    static long declaredSize(EntityPart part) {
        String size = part.getHeaders().getFirst("Content-Length");
        if (size == null || size.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(size.strip());
        } catch (NumberFormatException e) {
            throw new BusinessException("api.error.malformed");
        }
    }

    /** The version an {@code If-Match} names ({@code "3"}, {@code W/"3"}, {@code 3}); none for an absent header. */
    static Long seen(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new BusinessException("reporting.answer.error.ifMatch");
        }
    }
}
