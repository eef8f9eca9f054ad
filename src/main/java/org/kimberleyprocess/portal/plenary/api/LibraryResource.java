package org.kimberleyprocess.portal.plenary.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.files.DocumentStore;
import org.kimberleyprocess.portal.platform.files.DocumentView;
import org.kimberleyprocess.portal.platform.files.Downloads;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.plenary.application.LibraryDocumentView;
import org.kimberleyprocess.portal.plenary.application.LibraryService;
import org.kimberleyprocess.portal.plenary.domain.LibraryKind;

/**
 * The document library over HTTP: search by title, kind and year, and each language's file. The public finds public
 * documents only; KP-only ones are for those with KP access (a KP-only document is "not found" to anyone else).
 */
@Path("documents")
public class LibraryResource {

    @Inject
    LibraryService library;

    @Inject
    DocumentStore documents;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Documents of the library by title (contains), kind and year")
    public List<LibraryDocumentView> search(@QueryParam("q") String text, @QueryParam("kind") String kind,
                                            @QueryParam("year") Integer year) {
        LibraryKind k;
        try {
            k = kind == null || kind.isBlank() ? null : LibraryKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessException("plenary.library.error.kind");
        }
        return library.search(text, k, year);
    }

    @GET
    @Path("{id: [0-9]+}/files/{lang: [a-z]{2}}")
    @Operation(summary = "A library document's file in one language")
    public Response file(@PathParam("id") long id, @PathParam("lang") String lang) {
        Language language = Language.fromCode(lang)
                .orElseThrow(() -> new BusinessException("plenary.decision.error.language"));
        DocumentView document = library.file(id, language);
        return Downloads.of(documents, document);
    }
}
