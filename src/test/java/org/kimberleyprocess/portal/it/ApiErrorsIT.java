package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every error of the API is one shape, {@code application/problem+json} (RFC 9457) with the portal's key, in the
 * caller's language: malformed bodies and headers are 400, never a server error page with the runtime's internals or
 * the input echoed; an unknown path is 404; a refused token is 401; the test server's clock answers the API's way.
 */
class ApiErrorsIT extends PortalIT {

    private static final String ANSWER = "/api/v1/reports/2025/BW/answers/I.A.3";

    /** Checks an answer is a problem of that status, with no internals and nothing of what was sent. */
    private static JsonObject problem(HttpResponse<String> r, int status, String... sent) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().map().toString());
        JsonObject body = json(r);
        for (String member : new String[] {"type", "title", "detail", "key"}) {
            assertFalse(body.getString(member, "").isBlank(), member + " in " + r.body());
        }
        assertEquals(status, body.getInt("status"));
        for (String internal : new String[] {"Exception", "org.jboss", "resteasy", "java.", "<html", "at org."}) {
            assertFalse(r.body().contains(internal), internal + " in " + r.body());
        }
        for (String input : sent) {
            assertFalse(r.body().contains(input), "the input is echoed: " + r.body());
        }
        return body;
    }

    @Test
    void malformedBodiesAreABadRequestInTheCallersLanguageNeverAServerError() {
        Map<String, String> token = tokenOf("focal.bw");
        PortalClient script = visitor("fr");
        String broken = "{\"value\": \"<script>alert(1)</script>";
        JsonObject malformed = problem(script.api("PUT", ANSWER, broken, Map.of("Authorization",
                token.get("Authorization"), "If-Match", "\"0\"", "Accept-Language", "fr")), 400, "alert(1)");
        assertEquals("api.error.malformed", malformed.getString("key"));
        assertTrue(malformed.getString("detail").startsWith("Le corps ou les en-têtes"), malformed.toString());
        assertEquals(ANSWER, malformed.getString("instance"));

        // more often than the runtime needs to compile its reflective call (whose failure then reads differently)
        for (int i = 0; i < 20; i++) {
            problem(script.api("PUT", ANSWER, "[\"an\", \"array\"]", token), 400);
        }
        String deep = "{\"value\": " + "[".repeat(1_200) + "]".repeat(1_200) + "}";
        problem(script.api("PUT", ANSWER, deep, token), 400);
        problem(script.api("POST", "/api/v1/decisions", "{\"reference\": ", tokenOf("secretariat")), 400);
    }

    @Test
    void aMultipartPartWithAMalformedLengthIsABadRequest() throws Exception {
        Map<String, String> token = tokenOf("focal.bw");
        String boundary = "kpcs-malformed";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\nContent-Length: abc\r\n\r\n%PDF-1.4 x\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                        + "api/v1/reports/2025/BW/answers/II.B.3/file"))
                .header("Authorization", token.get("Authorization")).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        problem(r, 400);
    }

    @Test
    void unknownPathsRefusedTokensAndMissingLoginsAreProblemsToo() {
        PortalClient script = visitor("es");
        JsonObject missing = problem(script.api("GET", "/api/v1/no-such-thing"), 404);
        assertEquals("api.error.noSuchPath", missing.getString("key"));
        JsonObject refused = problem(script.api("GET", "/api/v1/accounts/me",
                Map.of("Authorization", "Bearer " + "0".repeat(64))), 401);
        assertEquals("api.error.credentials", refused.getString("key"));
        problem(script.api("GET", "/api/v1/accounts"), 401);
        problem(script.api("GET", "/api/v1/accounts", tokenOf("focal.za")), 403);
    }

    @Test
    void theTestServersClockAnswersAsTheApiForEveryone() {
        PortalClient anonymous = visitor("en");
        HttpResponse<String> put = anonymous.api("PUT", "/api/v1/test/clock", "{\"now\": \"2030-01-01T00:00:00Z\"}");
        problem(put, 401);
        assertTrue(anonymous.cookies().stream().noneMatch(c -> c.getName().equals("JSESSIONID")),
                "no session for an anonymous call: " + anonymous.cookies());
        problem(anonymous.api("DELETE", "/api/v1/test/clock", ""), 401);
        problem(visitor("en").api("PUT", "/api/v1/test/clock", "{\"now\": \"2030-01-01T00:00:00Z\"}",
                tokenOf("chair")), 403);
        problem(visitor("en").api("PUT", "/api/v1/test/clock", "{\"now\": \"someday\"}", tokenOf("secretariat")), 400);
    }
}
