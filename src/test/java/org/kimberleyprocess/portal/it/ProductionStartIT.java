package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;

/**
 * The portal started outside demo mode on an empty database, as in production: no demonstration account exists,
 * one Secretariat account is created with a one-time password printed once to the log, and that password opens
 * nothing but the change of itself, in the page and in the API, in this session and in any new one.
 */
class ProductionStartIT {

    private final SeparateServer server = new SeparateServer("productionServer", 9381);

    @AfterEach
    void stopServer() throws Exception {
        server.kill();
    }

    @Test
    void theFirstSecretariatAccountMustChangeItsOneTimePasswordBeforeAnythingElse() throws Exception {
        server.prepare(Map.of("kpcs.demo", "false"));
        server.start();
        Matcher printed = Pattern.compile("created with the one-time password (\\S+) ;").matcher(server.log());
        assertTrue(printed.find(), "the one-time password is printed to the log");
        String oneTime = printed.group(1);

        for (String demo : new String[] {"secretariat", "chair", "focal.bw"}) {
            Page refused = new PortalClient(server.base, "en").login(demo, "kimberley-demo");
            assertEquals("Log in", refused.heading(), demo + " must not exist with the demo password");
        }
        assertEquals(0, PublicPagesIT.json(new PortalClient(server.base).api("GET", "/api/v1/registry/counts"))
                .getInt("participants"), "the registry starts empty");

        PortalClient first = new PortalClient(server.base, "en");
        Page landing = first.login("secretariat", oneTime);
        assertEquals("Change password", landing.heading());
        assertEquals(403, first.get("/platform/audit.xhtml").status(), "no role before the change");
        assertEquals("Change password", first.get("/accounts/index.xhtml").heading(), "pages lead to the change");
        assertEquals(403, first.api("GET", "/api/v1/accounts").statusCode(), "the API is closed too");
        PortalClient second = new PortalClient(server.base, "en");
        second.login("secretariat", oneTime);
        assertEquals(403, second.api("GET", "/api/v1/accounts").statusCode(), "and in a new session");

        String chosen = "Une phrase de passe longue, ж";
        Page changed = first.submit(first.get("/accounts/password.xhtml"), "password", Map.of("current", oneTime,
                "new", chosen, "repeated", chosen), "save");
        assertTrue(changed.messages().stream().anyMatch(m -> m.startsWith("Your password has been changed.")),
                changed.messages().toString());
        assertEquals("Secretariat", changed.text("#roles"));
        assertEquals(200, first.api("GET", "/api/v1/accounts").statusCode(), "the same person goes on at once");
        assertEquals("Audit log", first.get("/platform/audit.xhtml").heading());

        assertEquals("Log in", new PortalClient(server.base, "en").login("secretariat", oneTime).heading(),
                "the one-time password is spent");
        PortalClient later = new PortalClient(server.base, "en");
        assertEquals("My account", later.login("secretariat", chosen).heading());
        assertEquals(200, later.api("GET", "/api/v1/accounts").statusCode());
        // outside the test server, the portal's clock cannot be moved, not even by the Secretariat
        assertEquals(404, later.api("PUT", "/api/v1/test/clock", "{\"now\": \"2030-01-01T00:00:00Z\"}").statusCode());
        // no questionnaire is adopted until the Secretariat imports the standard one and records its adoption
        assertEquals(404, later.api("GET", "/api/v1/questionnaires/2025").statusCode());
        var standard = later.api("POST", "/api/v1/questionnaires/versions/standard");
        assertEquals(201, standard.statusCode(), standard.body());
        int number = PublicPagesIT.json(standard).getInt("number");
        assertEquals(400, later.api("POST", "/api/v1/questionnaires/versions/" + number + "/adoption",
                "{\"reference\": \"AD 2026/4\", \"date\": \"2026-11-05\", \"firstYear\": 2025}").statusCode(),
                "no adopted decision of that reference yet");
        ApplicationSteps.adoptedDecision(later, "AD 2026/4");
        assertEquals(204, later.api("POST", "/api/v1/questionnaires/versions/" + number + "/adoption",
                "{\"reference\": \"AD 2026/4\", \"date\": \"2026-11-05\", \"firstYear\": 2025}").statusCode());
        assertEquals(number, PublicPagesIT.json(new PortalClient(server.base).api("GET", "/api/v1/questionnaires/2025"))
                .getInt("version"));

        // The real Secretariat enters the Scheme's existing record from the files the demonstration data uses.
        for (String file : new String[] {"participants-2003", "applicants-2003", "observers-2003", "chair-terms-2003"}) {
            byte[] content;
            try (var in = getClass().getResourceAsStream("/reference/" + file + ".csv")) {
                content = in.readAllBytes();
            }
            Page imported = later.submitWithFiles(later.get("/registry/manage.xhtml"), "import", Map.of(),
                    Map.of("file", new PortalClient.Upload(file + ".csv", "text/csv", content)), "importFile");
            assertTrue(imported.messages().stream().anyMatch(m -> m.startsWith("Imported: ")),
                    file + ": " + imported.messages() + imported.texts("td"));
        }
        var counts = PublicPagesIT.json(new PortalClient(server.base).api("GET", "/api/v1/registry/counts"));
        assertEquals(45, counts.getInt("participants"), counts.toString());
        assertTrue(new PortalClient(server.base).get("/registry/chairs.xhtml?lang=en").within("terms_data", "tr").eachText()
                .contains("2004 Chair Canada"));
    }

    @Test
    void outsideDemoModeADataDirectoryInsideTheServerIsRefused() throws Exception {
        server.prepare(Map.of("kpcs.demo", "false", "kpcs.data.dir", server.dir.resolve("kpcs-data").toString()));
        AssertionError refused = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, server::start);
        assertTrue(refused.getMessage().contains("failed to start"), refused.getMessage());
        assertTrue(server.log().contains("set KPCS_DATA_DIR to a directory outside the server"), "the log says what to set");
    }
}
