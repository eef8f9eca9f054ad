package org.kimberleyprocess.portal.statistics.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.i18n.Messages;
import org.kimberleyprocess.portal.statistics.application.StatisticsImportRejected;
import org.kimberleyprocess.portal.statistics.infrastructure.StatisticsFile.Problem;

/**
 * 422 for an import with bad rows: nothing was stored; {@code problems} lists each with its line (0: the file as a
 * whole), its column (when one is at fault), a stable key and the message in the caller's language.
 */
@Provider
public class RejectedImport implements ExceptionMapper<StatisticsImportRejected> {

    @Inject
    CurrentLanguage language;

    @Override
    public Response toResponse(StatisticsImportRejected e) {
        JsonArrayBuilder problems = Json.createArrayBuilder();
        for (Problem p : e.getProblems()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("line", p.line());
            if (p.column() != null) {
                o.add("column", p.column());
            }
            problems.add(o.add("key", p.key()).add("message",
                    Messages.text(language.get(), p.key(), p.arguments().toArray())));
        }
        String body = Json.createObjectBuilder().add("status", 422).add("key", "statistics.import.rejected")
                .add("message", Messages.text(language.get(), "statistics.import.rejected", e.getProblems().size()))
                .add("problems", problems).build().toString();
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
