package org.kimberleyprocess.portal.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.kimberleyprocess.portal.platform.api.Problem;
import org.kimberleyprocess.portal.platform.i18n.LanguageFilter;

/** A refusal written by a filter, before the API is reached, as the API's problem in the reader's language. */
public final class JsonRefusal {

    private JsonRefusal() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        String body = Problem.body(status, key, LanguageFilter.of(request), request.getRequestURI()).build()
                .toString();
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}
