package org.kimberleyprocess.portal.review.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kimberleyprocess.portal.platform.files.DocumentStore;
import org.kimberleyprocess.portal.platform.files.DocumentView;
import org.kimberleyprocess.portal.platform.files.Downloads;
import org.kimberleyprocess.portal.review.application.PeerReviewService;

/** The attachments of a review visit's report, for those who read the Scheme's working papers. */
@Path("review/visits")
public class ReviewResource {

    @Inject
    PeerReviewService review;

    @Inject
    DocumentStore documents;

    @GET
    @Path("{id: [0-9]+}/attachments/{token}")
    @Operation(summary = "An attachment of a review visit's draft report (KP access)")
    public Response attachment(@PathParam("id") long id, @PathParam("token") String token) {
        DocumentView document = review.attachment(id, token);
        return Downloads.of(documents, document);
    }
}
