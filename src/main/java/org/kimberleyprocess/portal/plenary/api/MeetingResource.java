package org.kimberleyprocess.portal.plenary.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.plenary.application.MeetingService;
import org.kimberleyprocess.portal.plenary.application.MeetingSummary;
import org.kimberleyprocess.portal.plenary.application.MeetingView;
import org.kimberleyprocess.portal.plenary.application.NewMeeting;
import org.kimberleyprocess.portal.plenary.domain.MeetingKind;

/** The meetings over HTTP: public lists and details; the Secretariat records a meeting. */
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

    @Inject
    MeetingService meetings;

    @Inject
    CurrentLanguage language;

    @GET
    @Operation(summary = "Plenary and intersessional meetings, the latest first")
    public List<MeetingSummary> all() {
        return meetings.all();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One meeting: agenda, those present, the decisions agreed there that the caller may read")
    public MeetingView meeting(@PathParam("id") long id) {
        return meetings.meeting(id, language.get());
    }

    /** Body {@code {"kind": "PLENARY"|"INTERSESSIONAL", "title", "place", "startsOn", "endsOn", "agenda"}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a meeting (the Secretariat)")
    public Response record(JsonObject body) {
        JsonObject b = body == null ? Json.createObjectBuilder().build() : body;
        MeetingKind kind;
        try {
            kind = b.containsKey("kind") ? MeetingKind.valueOf(b.getString("kind")) : null;
        } catch (IllegalArgumentException | ClassCastException e) {
            kind = null;
        }
        long id = meetings.record(new NewMeeting(kind, b.getString("title", null), b.getString("place", null),
                date(b.getString("startsOn", null)), date(b.getString("endsOn", null)), b.getString("agenda", null)));
        return Response.status(Response.Status.CREATED).entity(meetings.meeting(id, language.get())).build();
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BusinessException("plenary.meeting.error.incomplete");
        }
    }
}
