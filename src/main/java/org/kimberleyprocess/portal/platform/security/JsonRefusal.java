package org.kimberleyprocess.portal.platform.security;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.kimberleyprocess.portal.platform.api.ErrorBody;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.i18n.LanguageFilter;
import org.kimberleyprocess.portal.platform.i18n.Messages;

/** A refusal written by a filter, before the API is reached, in the API's error shape and the reader's language. */
final class JsonRefusal {

    private JsonRefusal() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        Language language = LanguageFilter.of(request);
        ErrorBody body = new ErrorBody(status, key, Messages.text(language, key));
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (Jsonb jsonb = JsonbBuilder.create()) {
            response.getWriter().write(jsonb.toJson(body));
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
