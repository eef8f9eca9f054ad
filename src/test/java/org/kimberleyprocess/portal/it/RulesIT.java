package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;

/**
 * Rules that must not be walked around, over the API and the pages alike: Rule 26 asks for real translations (not
 * invisible characters); a meeting cannot agree a text drafted after it; a Participant files only the reports it
 * owes; a mirror item's comments are for the Scheme's offices and focal points, not the public; a Participant does
 * not trade with itself; a public answer's file is read as its answer is.
 */
class RulesIT extends PortalIT {

    private long draft(Map<String, String> token, String reference) {
        return json(visitor("en").api("POST", "/api/v1/decisions", body("reference", reference, "kind",
                "ADMINISTRATIVE_DECISION", "title", "Decision " + reference, "text", "The Participants decide."),
                token), 201).getJsonNumber("id").longValue();
    }

    private long meeting(Map<String, String> token, LocalDate starts, LocalDate ends) {
        return json(visitor("en").api("POST", "/api/v1/meetings", body("kind", "INTERSESSIONAL", "title",
                "Réunion de " + starts, "place", "Genève", "startsOn", starts.toString(), "endsOn", ends.toString()),
                token), 201).getJsonNumber("id").longValue();
    }

    @Test
    void invisibleCharactersDoNotMeetRule26() {
        Map<String, String> secretariat = tokenOf("secretariat");
        PortalClient script = visitor("en");
        long id = draft(secretariat, "AD 2026/61");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        json(script.api("POST", "/api/v1/decisions/" + id + "/agreement", "{\"meeting\": "
                + meeting(secretariat, today.minusDays(1), today) + "}", secretariat), 200);
        String[][] texts = {{"fr", "Décision", "Les Participants décident."}, {"pt", "Decisão", "Os Participantes decidem."},
            {"es", "Decisión", "Los Participantes deciden."}, {"ru", "\u200b", "\u2060\u00a0\u200d"}};
        for (String[] t : texts) {
            json(script.api("PUT", "/api/v1/decisions/" + id + "/texts/" + t[0], body("title", t[1], "text", t[2]),
                    secretariat), 200);
        }
        HttpResponse<String> refused = script.api("POST", "/api/v1/decisions/" + id + "/adoption", "", secretariat);
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("plenary.decision.error.translationsMissing", json(refused).getString("key"));
        json(script.api("PUT", "/api/v1/decisions/" + id + "/texts/ru", body("title", "Решение", "text",
                "Участники решают."), secretariat), 200);
        assertEquals("ADOPTED", json(script.api("POST", "/api/v1/decisions/" + id + "/adoption", "", secretariat), 200)
                .getString("status"));
    }

    @Test
    void aMeetingHeldBeforeTheDraftCannotHaveAgreedIt() {
        Map<String, String> secretariat = tokenOf("secretariat");
        long id = draft(secretariat, "AD 2026/62");
        long sunCity = array(visitor("en").api("GET", "/api/v1/meetings")).getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("title").contains("Sun City")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        HttpResponse<String> refused = visitor("es").api("POST", "/api/v1/decisions/" + id + "/agreement",
                "{\"meeting\": " + sunCity + "}", secretariat);
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("plenary.decision.error.meetingBeforeDraft", json(refused).getString("key"));
        assertEquals("DRAFT", json(visitor("en").api("GET", "/api/v1/decisions/" + id, secretariat), 200)
                .getString("status"));
    }

    @Test
    void aFocalPointFilesOnlyTheReportsItsParticipantOwes() {
        Map<String, String> botswana = tokenOf("focal.bw");
        PortalClient script = visitor("en");
        HttpResponse<String> early = script.api("PUT", "/api/v1/reports/2004/BW/answers/I.A.3",
                "{\"value\": \"Un rapport pour une année qui n’est pas due\"}", botswana);
        assertEquals(400, early.statusCode(), early.body());
        assertEquals("reporting.report.error.notOwed", json(early).getString("key"));
        HttpResponse<String> submitted = script.api("POST", "/api/v1/reports/2004/BW/submission", "", botswana);
        assertEquals(400, submitted.statusCode(), submitted.body());
        assertEquals(404, visitor("en").api("GET", "/api/v1/reports/2004/BW").statusCode(), "nothing was stored");

        Page page = signedIn("focal.bw").get("/reporting/report.xhtml?year=2004");
        assertEquals("false", page.html().getElementById("report").attr("data-editable"),
                "the page does not offer a year not owed for filing");
        assertTrue(signedIn("focal.bw").get("/reporting/index.xhtml").texts("a").stream()
                .noneMatch(a -> a.contains("2004")), "the list of reports owed starts at the first reporting year");
    }

    @Test
    void aMirrorItemWithItsCommentsIsReadAsItsPageIsRead() {
        JsonObject item = array(visitor("en").api("GET", "/api/v1/statistics/mirror?year=2005"))
                .getValuesAs(JsonObject.class).get(0);
        String path = "/api/v1/statistics/discrepancies/" + item.getJsonNumber("id").longValue();
        assertEquals(401, visitor("en").api("GET", path).statusCode(), "not for the public");
        assertEquals(403, visitor("en").api("GET", path, tokenOf("observer.gw")).statusCode(), "nor an Observer");
        assertEquals(403, signedIn("observer.gw").get("/statistics/discrepancy.xhtml?id="
                + item.getJsonNumber("id").longValue()).status(), "as the page refuses them");
        assertEquals(200, visitor("en").api("GET", path, tokenOf("statistics")).statusCode());
    }

    @Test
    void aTradeLineWithItselfAsThePartnerIsRefusedWithItsLineAndColumn() {
        String csv = "participant,year,period,flow,hs_code,partner,carats,value_usd,certificates\n"
                + "BW,2019,Q1,EXPORT,7102.31,BE,100,1000,1\nBW,2019,Q1,EXPORT,7102.21,BW,100,1000,1\n";
        HttpResponse<String> refused = visitor("ru").apiBody("POST", "/api/v1/statistics/imports", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8), tokenOf("focal.bw"));
        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject problem = json(refused).getJsonArray("problems").getJsonObject(0);
        assertEquals(3, problem.getInt("line"));
        assertEquals("partner", problem.getString("column"));
        assertEquals("statistics.import.error.ownPartner", problem.getString("key"));
        assertTrue(problem.getString("message").startsWith("Участник не торгует сам с собой"), problem.toString());
    }

    @Test
    void aPublicAnswersFileIsReadAsTheAnswerIs() {
        String file = "/api/v1/reports/2024/ZA/answers/II.B.3/file";
        HttpResponse<byte[]> anonymous = visitor("en").bytes(file);
        assertEquals(200, anonymous.statusCode(), "the public reads the last submission's public answers");
        assertTrue(new String(anonymous.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        for (String reader : new String[] {"statistics", "observer.gw", "focal.bw"}) {
            assertEquals(200, signedIn(reader).bytes(file).statusCode(), reader);
        }
        assertEquals(404, visitor("en").bytes("/api/v1/reports/2025/CA/answers/II.B.3/file").statusCode(),
                "a report never submitted has no public file");
    }
}
