package org.kimberleyprocess.portal.reporting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.reporting.application.Adoption;
import org.kimberleyprocess.portal.reporting.application.QuestionnaireService;
import org.kimberleyprocess.portal.reporting.application.QuestionnaireView;
import org.kimberleyprocess.portal.reporting.application.VersionSummary;

/**
 * The uniform questionnaire over HTTP: the version that applies to a reporting year, for anyone; the versions, their
 * JSON form, import, copy and adoption for the Secretariat (roles are checked in the service).
 */
@Path("questionnaires")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionnaireResource {

    /** A new version's number. */
    public record Created(int number) {
    }

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    CurrentLanguage currentLanguage;

    /** The questionnaire for reports on a year, in {@code lang} (else the request's language). */
    @GET
    @Path("{year: [0-9]{4}}")
    public QuestionnaireView forYear(@PathParam("year") int year, @QueryParam("lang") String lang) {
        return questionnaires.forYear(year, Language.fromCode(lang).orElseGet(currentLanguage::get));
    }

    @GET
    @Path("versions")
    public List<VersionSummary> versions() {
        return questionnaires.versions();
    }

    /** A version in the questionnaire's JSON form, to keep or edit elsewhere and import again. */
    @GET
    @Path("versions/{number: [0-9]+}")
    public Response export(@PathParam("number") int number) {
        return Response.ok(questionnaires.export(number), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"questionnaire-" + number + ".json\"").build();
    }

    /** Imports a file in the questionnaire's JSON form as a new draft: 201 with its number. */
    @POST
    @Path("versions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importDraft(String json) {
        int number = questionnaires.importDraft(json);
        return Response.created(URI.create("questionnaires/versions/" + number)).entity(new Created(number)).build();
    }

    /** Imports the standard questionnaire that ships with the portal as a new draft: 201 with its number. */
    @POST
    @Path("versions/standard")
    public Response importStandard() {
        int number = questionnaires.importStandard();
        return Response.created(URI.create("questionnaires/versions/" + number)).entity(new Created(number)).build();
    }

    @POST
    @Path("versions/{number: [0-9]+}/copy")
    public Response copy(@PathParam("number") int number) {
        int copy = questionnaires.copy(number);
        return Response.created(URI.create("questionnaires/versions/" + copy)).entity(new Created(copy)).build();
    }

    @POST
    @Path("versions/{number: [0-9]+}/adoption")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response adopt(@PathParam("number") int number, Adoption adoption) {
        questionnaires.adopt(number, adoption == null ? new Adoption(null, null, null) : adoption);
        return Response.noContent().build();
    }
}
