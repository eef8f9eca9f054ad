package org.kimberleyprocess.portal.plenary.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.plenary.application.DecisionService;
import org.kimberleyprocess.portal.plenary.application.DecisionView;
import org.kimberleyprocess.portal.plenary.application.NewDecision;
import org.kimberleyprocess.portal.plenary.application.PublicDecision;
import org.kimberleyprocess.portal.plenary.domain.DecisionCategory;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/**
 * The Plenary's decisions over HTTP. {@code GET /decisions?year=&lang=} is public and lists adopted decisions only
 * (reference, kind, date of adoption, title and text in the language asked); the rest follows the decision's way:
 * drafting and texts (Chair, Secretariat), circulation for written procedure (Chair), objections (focal points),
 * agreement at a meeting (Chair, Secretariat) and adoption (Secretariat), each checked in the service.
 */
@Path("decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    @Inject
    DecisionService decisions;

    @Inject
    CurrentLanguage currentLanguage;

    @GET
    @Operation(summary = "Adopted decisions of the Plenary",
            description = "Adopted decisions of a year (all years without it), in the language asked (en, fr, pt, es,"
                    + " ru; the request's language otherwise). Drafts and decisions still awaiting a translation never"
                    + " appear.")
    public List<PublicDecision> adopted(@QueryParam("year") Integer year, @QueryParam("lang") String lang) {
        return decisions.adopted(year, Language.fromCode(lang).orElseGet(currentLanguage::get));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One decision (drafts for the Scheme's accounts only)")
    public DecisionView decision(@PathParam("id") long id) {
        return decisions.decision(id, currentLanguage.get());
    }

    /**
     * Body {@code {"reference", "kind", "title", "text"}} (English), optionally {@code "effectIso"} and
     * {@code "effectStatus"} (SUSPENDED, REMOVED, PARTICIPANT) for a decision on a Participant's status, or
     * {@code "effectIso"} and {@code "viceChairYear"} to select a Vice-Chair, or {@code "questionnaireVersion"} and
     * {@code "questionnaireFirstYear"} to adopt a questionnaire version; each takes effect on adoption.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a decision")
    public Response draft(JsonObject body) {
        JsonObject b = body == null ? Json.createObjectBuilder().build() : body;
        long id = decisions.draft(new NewDecision(b.getString("reference", null),
                parse(DecisionCategory.class, b.getString("kind", null)), b.getString("title", null),
                b.getString("text", null), b.getString("effectIso", null),
                parse(ParticipationStatus.class, b.getString("effectStatus", null)), integer(b, "viceChairYear"),
                integer(b, "questionnaireVersion"), integer(b, "questionnaireFirstYear")));
        return Response.status(Response.Status.CREATED).entity(decisions.decision(id, currentLanguage.get())).build();
    }

    /** Body {@code {"title", "text"}}: the decision in one language (both empty removes that translation). */
    @PUT
    @Path("{id: [0-9]+}/texts/{lang: [a-z]{2}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a decision's title and text in one language")
    public DecisionView write(@PathParam("id") long id, @PathParam("lang") String lang, JsonObject body) {
        Language language = Language.fromCode(lang)
                .orElseThrow(() -> new BusinessException("plenary.decision.error.language"));
        return decisions.write(id, language, body == null ? null : body.getString("title", null),
                body == null ? null : body.getString("text", null));
    }

    /** Body {@code {"deadline": "YYYY-MM-DD"}}: objections are possible until 23:59 UTC on that date. */
    @POST
    @Path("{id: [0-9]+}/circulation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Circulate a draft for written procedure (the Chair)")
    public DecisionView circulate(@PathParam("id") long id, JsonObject body) {
        return decisions.circulate(id, date(body == null ? null : body.getString("deadline", null)));
    }

    /** Body {@code {"reason"}}: the caller's Participant objects; the written procedure ends. */
    @POST
    @Path("{id: [0-9]+}/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Object to a decision in written procedure (a focal point)")
    public DecisionView object(@PathParam("id") long id, JsonObject body) {
        return decisions.object(id, body == null ? null : body.getString("reason", null));
    }

    /** Body {@code {"meeting": id}}. */
    @POST
    @Path("{id: [0-9]+}/agreement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that a meeting agreed the decision")
    public DecisionView agree(@PathParam("id") long id, JsonObject body) {
        if (body == null || !body.containsKey("meeting")) {
            throw new BusinessException("plenary.decision.error.meeting");
        }
        try {
            return decisions.agreeAt(id, body.getJsonNumber("meeting").longValue());
        } catch (ClassCastException e) {
            throw new BusinessException("plenary.decision.error.meeting");
        }
    }

    /** Body as for a new draft's effect ({@code effectIso}, {@code effectStatus}, {@code viceChairYear}, …); empty: none. */
    @PUT
    @Path("{id: [0-9]+}/effect")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set what a draft decision does once adopted")
    public DecisionView effect(@PathParam("id") long id, JsonObject body) {
        JsonObject b = body == null ? Json.createObjectBuilder().build() : body;
        return decisions.changeEffect(id, b.getString("effectIso", null),
                parse(ParticipationStatus.class, b.getString("effectStatus", null)), integer(b, "viceChairYear"),
                integer(b, "questionnaireVersion"), integer(b, "questionnaireFirstYear"));
    }

    @POST
    @Path("{id: [0-9]+}/draft")
    @Operation(summary = "Send an agreed decision back to the drafts (the Secretariat)")
    public DecisionView backToDraft(@PathParam("id") long id) {
        return decisions.backToDraft(id);
    }

    @POST
    @Path("{id: [0-9]+}/adoption")
    @Operation(summary = "Record the adoption (refused while a translation is missing)")
    public DecisionView adopt(@PathParam("id") long id) {
        return decisions.adopt(id);
    }

    private static Integer integer(JsonObject body, String name) {
        if (!body.containsKey(name) || body.isNull(name)) {
            return null;
        }
        try {
            return body.getJsonNumber(name).intValueExact();
        } catch (ClassCastException | ArithmeticException e) {
            throw new BusinessException("plenary.decision.error.effectIncomplete");
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BusinessException("plenary.decision.error.deadline");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessException("plenary.decision.error.incomplete");
        }
    }
}
