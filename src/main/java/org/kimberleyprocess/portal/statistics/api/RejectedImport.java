package org.kimberleyprocess.portal.statistics.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.kimberleyprocess.portal.platform.api.Problem;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.i18n.Messages;
import org.kimberleyprocess.portal.statistics.application.StatisticsFile;
import org.kimberleyprocess.portal.statistics.application.StatisticsImportRejected;

/**
 * 422 for an import with bad rows: nothing was stored; {@code problems} lists each (at most the first thousand) with
 * its line (0: the file as a whole), its column (when one is at fault), a stable key and the message in the caller's
 * language; {@code unchecked} counts the lines after them, which were not checked.
 */
@Provider
public class RejectedImport implements ExceptionMapper<StatisticsImportRejected> {

    @Inject
    CurrentLanguage language;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(StatisticsImportRejected e) {
        JsonArrayBuilder problems = Json.createArrayBuilder();
        for (StatisticsFile.Problem p : e.getProblems()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("line", p.line());
            if (p.column() != null) {
                o.add("column", p.column());
            }
            problems.add(o.add("key", p.key()).add("message",
                    Messages.text(language.get(), p.key(), p.arguments().toArray())));
        }
        JsonObjectBuilder body = Problem.body(422, "statistics.import.rejected", language.get(),
                request.getRequestURI(), e.getProblems().size()).add("problems", problems)
                .add("unchecked", e.getUncheckedLines());
        if (e.getUncheckedLines() > 0) {
            body.add("uncheckedMessage", Messages.text(language.get(), "statistics.import.unchecked",
                    e.getUncheckedLines()));
        }
        return Problem.response(422, body);
    }
}
