package org.kimberleyprocess.portal.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.i18n.Messages;

/**
 * The one shape of every error the API answers (RFC 9457, {@code application/problem+json}): {@code type} (a URN
 * naming the portal's message key), {@code title} (what the status means, in the caller's language), {@code status},
 * {@code detail} (what went wrong, in the caller's language), {@code instance} (the path asked for), and the portal's
 * {@code key}; {@code message} repeats {@code detail} for the clients of the first version. Never the input, never
 * internals. Failures that say more (the stored answer of a 412, the rows of a refused import) add their members.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** The statuses whose title the bundles translate ({@code api.status.<status>}). */
    private static final Set<Integer> TITLED = Set.of(400, 401, 403, 404, 405, 406, 409, 412, 413, 415, 422, 428,
            429, 500, 503);

    private Problem() {
    }

    /** The members every problem has; the caller adds its own and builds it. */
    public static JsonObjectBuilder body(int status, String key, Language language, String instance,
                                         Object... arguments) {
        String detail = Messages.text(language, key, arguments);
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "urn:kpcs:problem:" + key)
                .add("title", Messages.text(language, "api.status." + (TITLED.contains(status) ? status : 500)))
                .add("status", status)
                .add("detail", detail);
        if (instance != null) {
            body.add("instance", instance);
        }
        return body.add("key", key).add("message", detail);
    }

    /** The answer for a problem without members of its own. */
    public static Response response(int status, String key, Language language, String instance,
                                    Object... arguments) {
        return response(status, body(status, key, language, instance, arguments));
    }

    /** The answer for a problem whose body the caller completed. */
    public static Response response(int status, JsonObjectBuilder body) {
        return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }
}
