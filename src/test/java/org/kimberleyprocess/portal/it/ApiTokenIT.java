package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Personal API tokens through the portal's one authentication mechanism: obtained with HTTP Basic on
 * {@code POST /api/v1/tokens} (and only there), used as {@code Authorization: Bearer}, acting with the account's roles
 * of the moment, revoked and expired; the form login goes on as before.
 */
class ApiTokenIT extends PortalIT {

    private PortalClient script() throws Exception {
        return new PortalClient(base.toURI());
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private String tokenFor(String username, String query) throws Exception {
        HttpResponse<String> created = script().api("POST", "/api/v1/tokens" + query,
                Map.of("Authorization", basic(username, DEMO_PASSWORD)));
        assertEquals(201, created.statusCode(), created.body());
        return PublicPagesIT.json(created).getString("token");
    }

    private static String answer(String value) {
        return "{\"value\": \"" + value + "\", \"kpOnly\": false}";
    }

    @Test
    void aScriptObtainsATokenWithBasicAndActsWithItWithoutASession() throws Exception {
        HttpResponse<String> created = script().api("POST", "/api/v1/tokens?label=Syst%C3%A8me%20douanier",
                Map.of("Authorization", basic("focal.ru", DEMO_PASSWORD)));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = PublicPagesIT.json(created);
        String token = body.getString("token");
        assertTrue(token.matches("[0-9a-f]{64}"), "256 random bits: " + token);
        Instant expires = Instant.parse(body.getString("expiresAt"));
        assertTrue(expires.isAfter(Instant.now().plus(89, ChronoUnit.DAYS))
                && expires.isBefore(Instant.now().plus(91, ChronoUnit.DAYS)), "90 days by default: " + expires);
        assertTrue(created.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("LtpaToken2")),
                "Basic on /tokens opens no login session: " + created.headers().allValues("Set-Cookie"));

        PortalClient script = script();
        HttpResponse<String> me = script.api("GET", "/api/v1/accounts/me", bearer(token));
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("focal.ru", PublicPagesIT.json(me).getString("username"));
        assertTrue(me.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("LtpaToken2")),
                "a token opens no login session");
        assertTrue(script.cookies().stream().noneMatch(c -> c.getName().equals("LtpaToken2")));
        // without the header, the same client is nobody
        assertNotEquals(200, script.api("GET", "/api/v1/accounts/me").statusCode());

        // the token files its own Participant's report, and no other
        String path = "/api/v1/reports/2025/RU/answers/I.A.3";
        JsonObject report = PublicPagesIT.json(script.api("GET", "/api/v1/reports/2025/RU", bearer(token)));
        int seen = report.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("question").equals("I.A.3")).mapToInt(a -> a.getInt("version")).findFirst()
                .orElse(0);
        Map<String, String> headers = new java.util.HashMap<>(bearer(token));
        if (seen > 0) {
            headers.put("If-Match", "\"" + seen + "\"");
        }
        HttpResponse<String> saved = script.api("PUT", path, answer("Гохран России — «учёт и хранение»"), headers);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("Гохран России — «учёт и хранение»", PublicPagesIT.json(saved).getString("value"));
        assertEquals(403, script.api("PUT", "/api/v1/reports/2025/BW/answers/I.A.3", answer("x"), bearer(token))
                .statusCode());

        // the token is listed by name, never with its secret
        HttpResponse<String> list = script.api("GET", "/api/v1/tokens", bearer(token));
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains("Système douanier"), list.body());
        assertFalse(list.body().contains(token), "the secret is never shown again");
        try (JsonReader reader = Json.createReader(new StringReader(list.body()))) {
            JsonObject listed = reader.readArray().getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getString("label").equals("Système douanier")).findFirst().orElseThrow();
            assertTrue(Instant.parse(listed.getString("lastUsedAt")).isAfter(Instant.now().minusSeconds(300)),
                    "its last use is shown: " + listed);
        }
    }

    @Test
    void wrongCredentialsAndWrongTokensAreRefusedWithAChallenge() throws Exception {
        HttpResponse<String> wrong = script().api("POST", "/api/v1/tokens",
                Map.of("Authorization", basic("focal.ru", "not-the-password")));
        assertEquals(401, wrong.statusCode(), wrong.body());
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        HttpResponse<String> nobody = script().api("POST", "/api/v1/tokens");
        assertEquals(401, nobody.statusCode(), nobody.body());
        assertTrue(nobody.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));

        HttpResponse<String> forged = script().api("GET", "/api/v1/accounts/me?lang=fr", bearer("00".repeat(32)));
        assertEquals(401, forged.statusCode(), forged.body());
        assertTrue(PublicPagesIT.json(forged).getString("message").startsWith("Le jeton, ou le nom d’utilisateur"),
                forged.body());
        // also where no login is needed: a bad token is never taken for no token
        assertEquals(401, script().api("GET", "/api/v1/questionnaires/2025", bearer("11".repeat(32))).statusCode());
        assertTrue(forged.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));

        // Basic opens nothing but the token endpoint
        HttpResponse<String> elsewhere = script().api("GET", "/api/v1/accounts/me",
                Map.of("Authorization", basic("focal.ru", DEMO_PASSWORD)));
        assertNotEquals(200, elsewhere.statusCode(), elsewhere.body());
        assertFalse(elsewhere.body().contains("focal.ru"));

        // a bad life is refused in the caller's language, and nothing is created
        HttpResponse<String> tooLong = script().api("POST", "/api/v1/tokens?days=400&lang=es",
                Map.of("Authorization", basic("focal.za", DEMO_PASSWORD)));
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        assertTrue(PublicPagesIT.json(tooLong).getString("message").startsWith("Una clave es válida de 1 a 365 días"),
                tooLong.body());
    }

    @Test
    void aRevokedOrExpiredTokenOpensNothing() throws Exception {
        String token = tokenFor("focal.za", "?label=revoked&days=1");
        PortalClient script = script();
        long id = idOf(script, token, "revoked");
        assertEquals(204, script.api("DELETE", "/api/v1/tokens/" + id, "", bearer(token)).statusCode());
        assertEquals(401, script.api("GET", "/api/v1/accounts/me", bearer(token)).statusCode());

        // another account's token is not found, and stays valid
        String other = tokenFor("focal.ca", "?label=other");
        long otherId = idOf(script, other, "other");
        String third = tokenFor("focal.za", "?label=third");
        assertEquals(404, script.api("DELETE", "/api/v1/tokens/" + otherId, "", bearer(third)).statusCode());
        assertEquals(200, script.api("GET", "/api/v1/accounts/me", bearer(other)).statusCode());

        String shortLived = tokenFor("focal.za", "?label=short&days=1");
        PortalClient secretariat = signedIn("secretariat");
        try {
            assertEquals(204, secretariat.api("PUT", "/api/v1/test/clock",
                    "{\"now\": \"" + Instant.now().plus(2, ChronoUnit.DAYS) + "\"}").statusCode());
            assertEquals(401, script.api("GET", "/api/v1/accounts/me", bearer(shortLived)).statusCode());
            assertEquals(200, script.api("GET", "/api/v1/accounts/me", bearer(third)).statusCode());
        } finally {
            assertEquals(204, secretariat.api("DELETE", "/api/v1/test/clock", "").statusCode());
        }
        assertEquals(200, script.api("GET", "/api/v1/accounts/me", bearer(shortLived)).statusCode());
    }

    @Test
    void aTokenActsWithTheAccountsRolesOfTheMoment() throws Exception {
        String token = tokenFor("focal.ca", "?label=roles");
        PortalClient script = script();
        String answer = "/api/v1/reports/2025/CA/answers/I.A.3";
        assertTrue(rolesOf(script, token).contains("FOCAL_POINT"));
        PortalClient secretariat = signedIn("secretariat");
        try {
            PortalClient.Page taken = changeRole(secretariat, "focal.ca", "FOCAL_POINT", "revoke");
            assertTrue(taken.messages().contains(
                    "The roles are changed; they take effect on the account’s next request."), taken.messages().toString());
            assertFalse(rolesOf(script, token).contains("FOCAL_POINT"), "the token acts with the roles of the moment");
            assertEquals(403, script.api("PUT", answer, answer("Ministère des Ressources naturelles"), bearer(token))
                    .statusCode(), "the role taken away stops the token's writing at its next request");
        } finally {
            changeRole(secretariat, "focal.ca", "FOCAL_POINT", "grant");
        }
        assertTrue(rolesOf(script, token).contains("FOCAL_POINT"));
    }

    @Test
    void theFormLoginStillWorksAndAPageNeedingOneForwardsToIt() throws Exception {
        PortalClient person = script();
        person.get("/?lang=en");
        PortalClient.Page login = person.get("/reporting/index.xhtml");
        assertEquals("Log in", login.heading());
        PortalClient.Page after = person.submit(login, "login", Map.of("username", "focal.bw", "password",
                DEMO_PASSWORD), "submit");
        assertTrue(after.uri().getPath().endsWith("/reporting/index.xhtml"), after.uri().toString());
        assertTrue(person.cookies().stream().anyMatch(c -> c.getName().equals("LtpaToken2")));
        assertEquals(200, person.api("GET", "/api/v1/accounts/me").statusCode());
        person.logout();
        assertNotEquals(200, person.api("GET", "/api/v1/accounts/me").statusCode());
    }

    private static String rolesOf(PortalClient script, String token) {
        HttpResponse<String> me = script.api("GET", "/api/v1/accounts/me", bearer(token));
        assertEquals(200, me.statusCode(), me.body());
        return PublicPagesIT.json(me).getJsonArray("roles").toString();
    }

    /** The id of the newest live token with this label, as its owner's list shows it. */
    private static long idOf(PortalClient script, String token, String label) {
        HttpResponse<String> list = script.api("GET", "/api/v1/tokens", bearer(token));
        assertEquals(200, list.statusCode(), list.body());
        try (JsonReader reader = Json.createReader(new StringReader(list.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getString("label").equals(label) && t.getBoolean("live"))
                    .mapToLong(t -> t.getJsonNumber("id").longValue()).max().orElseThrow();
        }
    }

    private static PortalClient.Page changeRole(PortalClient secretariat, String username, String role, String kind) {
        PortalClient.Page page = secretariat.get("/accounts/accounts.xhtml");
        Element row = page.within("accountsForm:accounts_data", "tr").stream()
                .filter(r -> r.selectFirst("td") != null && r.selectFirst("td").text().equals(username))
                .findFirst().orElseThrow();
        String select = row.selectFirst("select.role-choice").attr("name").substring("accountsForm:".length());
        return secretariat.submit(page, "accountsForm", Map.of(select, role), row.selectFirst("input." + kind).id());
    }
}
