package org.kimberleyprocess.portal.membership.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.kimberleyprocess.portal.membership.application.ApplicationView;
import org.kimberleyprocess.portal.membership.application.MembershipFiles;
import org.kimberleyprocess.portal.platform.files.DocumentStore;
import org.kimberleyprocess.portal.platform.files.DocumentView;
import org.kimberleyprocess.portal.platform.files.Downloads;

/** An application's summary and documents; roles and ownership are checked in {@link MembershipFiles}. */
@Path("applications")
public class ApplicationResource {

    /** One step of the procedure. */
    public record Step(String status, Instant at, String actor, String comment) {
    }

    /** What may be read of an application: the Committee's internal notes only for those who assess. */
    public record Summary(String reference, String state, String status, List<String> missing, List<Step> steps,
                          List<String> internalNotes) {
    }

    @Inject
    MembershipFiles files;

    @Inject
    DocumentStore documents;

    @GET
    @Path("{reference}")
    @Produces(MediaType.APPLICATION_JSON)
    public Summary summary(@PathParam("reference") String reference) {
        ApplicationView a = files.get(reference);
        List<String> notes = files.mayReadInternalNotes()
                ? a.notes().stream().map(ApplicationView.Note::text).toList() : null;
        return new Summary(a.reference(), a.isoCode(), a.status().name(), a.missing(),
                a.steps().stream().map(e -> new Step(e.to().name(), e.occurredAt(), e.actor(), e.comment())).toList(),
                notes);
    }

    @GET
    @Path("{reference}/documents/{token}")
    public Response document(@PathParam("reference") String reference, @PathParam("token") String token) {
        DocumentView document = files.document(reference, token);
        return Downloads.of(documents, document);
    }
}
