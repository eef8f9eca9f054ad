package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Filing the annual report over the API and reading it: answers saved one by one against the version seen, with
 * 428, 412, 422, 403 and 409 where they apply; submissions refused while incomplete; what the public, other
 * Participants and the Working Group on Monitoring may read of a submitted report.
 */
class ReportIT extends PortalIT {


    private static String put(String value) {
        return "{\"value\": " + value + ", \"kpOnly\": false}";
    }

    private static HttpResponse<String> answer(PortalClient client, String path, String body, String ifMatch) {
        return ifMatch == null ? client.api("PUT", path, body)
                : client.api("PUT", path, body, Map.of("If-Match", ifMatch));
    }

    @Test
    void aFocalPointSavesAnswersOneByOneAndNothingIsOverwrittenUnseen() throws Exception {
        PortalClient focal = signedIn("focal.ru");
        String report = "/api/v1/reports/2025/RU";
        JsonObject before = json(focal.api("GET", report));
        assertEquals("IN_PROGRESS", before.getString("status"));
        assertTrue(before.getBoolean("editable"));

        // I.A.5 is answered by this test alone (other tests may have answered others meanwhile)
        String path = report + "/answers/I.A.5";
        int seen = before.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("question").equals("I.A.5")).mapToInt(a -> a.getInt("version")).findFirst()
                .orElse(0);
        String russian = "Штраф до миллиона рублей; конфискация алмазов — по решению суда «в полном объёме».";
        HttpResponse<String> first = answer(focal, path, put("\"" + russian + "\""),
                seen == 0 ? null : "\"" + seen + "\"");
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("\"" + (seen + 1) + "\"", first.headers().firstValue("ETag").orElseThrow());
        assertEquals(russian, json(first).getString("value"));

        // once the answer exists, a change must say which version it saw
        assertEquals(428, answer(focal, path, put("\"Без версии\""), null).statusCode());
        // a change against an older version is refused with the stored answer, which stays
        HttpResponse<String> stale = answer(focal, path, put("\"Устаревшая правка\""), "\"" + seen + "\"");
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals(russian, json(stale).getJsonObject("current").getString("value"));
        assertEquals(seen + 1, json(stale).getJsonObject("current").getInt("version"));
        HttpResponse<String> second = answer(focal, path, put("\"Штраф и конфискация.\""),
                "\"" + (seen + 1) + "\"");
        assertEquals(200, second.statusCode(), second.body());
        assertEquals("\"" + (seen + 2) + "\"", second.headers().firstValue("ETag").orElseThrow());

        // a value of the wrong shape is refused in the reader's language; a badly typed number is kept and marked
        HttpResponse<String> shape = focal.api("PUT", report + "/answers/II.B.1?lang=fr", put("{\"n\": 1}"));
        assertEquals(422, shape.statusCode(), shape.body());
        assertTrue(json(shape).getString("message").startsWith("Cette valeur ne peut pas répondre"), shape.body());
        HttpResponse<String> comma = answer(focal, report + "/answers/II.B.1", put("\"1 250,5\""), null);
        assertEquals(200, comma.statusCode(), comma.body());
        assertEquals("reporting.answer.error.number", json(comma).getString("problem"));
        assertEquals("1 250,5", json(comma).getString("value"));

        JsonObject after = json(focal.api("GET", report));
        assertTrue(after.getJsonArray("invalid").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(s -> s.getString().equals("II.B.1")));
        HttpResponse<String> refused = focal.api("POST", report + "/submission");
        assertEquals(422, refused.statusCode(), refused.body());
        assertFalse(json(refused).getJsonArray("missing").isEmpty());
        assertTrue(json(refused).getJsonArray("invalid").toString().contains("II.B.1"));
        assertEquals("IN_PROGRESS", json(focal.api("GET", report)).getString("status"));
    }

    @Test
    void aFileAnswerIsUploadedAndCheckedByItsContent() throws Exception {
        PortalClient focal = signedIn("focal.ru");
        String path = "/api/v1/reports/2025/RU/answers/II.B.3/file";
        var refused = focal.apiUpload(path + "?lang=ru", new PortalClient.Upload("certificate.pdf", "application/pdf",
                "not a pdf at all".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(400, refused.statusCode(), refused.body());
        var ascii = focal.apiUpload(path, new PortalClient.Upload("specimen.pdf", "application/pdf",
                org.kimberleyprocess.portal.platform.demo.DemoDocuments.pdf("Specimen RU")));
        assertEquals(200, ascii.statusCode(), ascii.body());
        assertEquals("specimen.pdf", json(ascii).getJsonObject("value").getString("name"));
        var saved = focal.apiUpload(path, new PortalClient.Upload("Сертификат.pdf", "application/pdf",
                org.kimberleyprocess.portal.platform.demo.DemoDocuments.pdf("Specimen RU")),
                Map.of("If-Match", "\"" + json(ascii).getInt("version") + "\""));
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("Сертификат.pdf", json(saved).getJsonObject("value").getString("name"));
        // the file is read back by those who may read the answer, under its own name
        HttpResponse<byte[]> back = focal.bytes(path);
        assertEquals(200, back.statusCode());
        assertEquals("application/pdf", back.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(java.util.Arrays.equals(org.kimberleyprocess.portal.platform.demo.DemoDocuments.pdf("Specimen RU"),
                back.body()), "the stored file, byte for byte");
        assertTrue(back.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("filename*=UTF-8''%D0%A1%D0%B5%D1%80%D1%82%D0%B8%D1%84%D0%B8%D0%BA%D0%B0%D1%82.pdf"));
        assertEquals(404, new PortalClient(base.toURI()).bytes(path).statusCode(), "not for the public before submission");
        assertEquals(404, signedIn("focal.bw").bytes(path).statusCode(), "nor for another Participant");
        // a file answer is only ever set by an upload
        assertEquals(422, focal.api("PUT", "/api/v1/reports/2025/RU/answers/II.B.3",
                put("{\"document\": \"forged\", \"name\": \"x.pdf\"}"),
                Map.of("If-Match", "\"" + json(saved).getInt("version") + "\"")).statusCode());
    }

    @Test
    void aFocalPointCanNeitherReadNorWriteAnotherParticipantsWork() throws Exception {
        PortalClient focal = signedIn("focal.bw");
        assertEquals(403, focal.api("PUT", "/api/v1/reports/2025/RU/answers/I.A.3", put("\"x\"")).statusCode());
        assertEquals(403, focal.api("POST", "/api/v1/reports/2025/RU/submission").statusCode());
        // Russia's 2025 report is in progress: to anyone but its own accounts and the Secretariat it does not exist
        assertEquals(404, focal.api("GET", "/api/v1/reports/2025/RU").statusCode());
        assertEquals(404, new PortalClient(base.toURI()).api("GET", "/api/v1/reports/2025/RU").statusCode());
        assertEquals(401, new PortalClient(base.toURI()).api("PUT", "/api/v1/reports/2025/BW/answers/I.A.3",
                put("\"x\"")).statusCode());
        // the report on a year that has not ended cannot be filed
        HttpResponse<String> early = focal.api("PUT", "/api/v1/reports/2026/BW/answers/I.A.3", put("\"x\""));
        assertEquals(400, early.statusCode(), early.body());
        // the Secretariat reads the working answers but does not file them
        PortalClient secretariat = signedIn("secretariat");
        assertEquals(200, secretariat.api("GET", "/api/v1/reports/2025/RU").statusCode());
        assertEquals(403, secretariat.api("PUT", "/api/v1/reports/2025/RU/answers/I.A.3", put("\"x\"")).statusCode());
    }

    @Test
    void theSecretariatReopensAReportAndTheResubmissionIsANewRevision() throws Exception {
        String report = "/api/v1/reports/2024/ZA";
        PortalClient focal = signedIn("focal.za");
        assertEquals(403, focal.api("POST", report + "/reopening", "{\"reason\": \"x\"}").statusCode());
        PortalClient secretariat = signedIn("secretariat");
        HttpResponse<String> noReason = secretariat.api("POST", report + "/reopening?lang=es", "{\"reason\": \" \"}");
        assertEquals(400, noReason.statusCode());
        assertEquals("Indique el motivo para reabrir el informe.", json(noReason).getString("message"));
        String reason = "À la demande de l’Afrique du Sud : chiffres corrigés";
        assertEquals(204, secretariat.api("POST", report + "/reopening",
                "{\"reason\": \"" + reason + "\"}").statusCode());

        // while reopened, the public still reads the last submission
        JsonObject published = json(new PortalClient(base.toURI()).api("GET", report));
        assertEquals(1, published.getInt("revision"));
        JsonObject working = json(focal.api("GET", report));
        assertEquals("IN_PROGRESS", working.getString("status"));
        JsonObject issued = working.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("question").equals("II.B.1")).findFirst().orElseThrow();
        HttpResponse<String> corrected = focal.api("PUT", report + "/answers/II.B.1", put("1492"),
                Map.of("If-Match", "\"" + issued.getInt("version") + "\""));
        assertEquals(200, corrected.statusCode(), corrected.body());
        HttpResponse<String> resubmitted = focal.api("POST", report + "/submission");
        assertEquals(200, resubmitted.statusCode(), resubmitted.body());
        JsonObject second = json(new PortalClient(base.toURI()).api("GET", report));
        assertEquals(2, second.getInt("revision"));
        assertEquals(reason, second.getJsonArray("revisions").getJsonObject(1).getString("reopenReason"));
        assertEquals("[\"II.B.1\"]", second.getJsonArray("revisions").getJsonObject(1).getJsonArray("changed").toString());
        assertTrue(second.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("question").equals("II.B.1") && a.getInt("value") == 1492));
    }

    @Test
    void aSubmittedReportsPageIsReadOnlyAndShowsKpOnlyAnswersOnlyToThoseWhoMayReadThem() throws Exception {
        PortalClient.Page own = signedIn("focal.bw").get("/reporting/report.xhtml?year=2024&lang=fr");
        assertEquals(200, own.status());
        assertEquals("Rapport annuel sur 2024", own.heading());
        assertEquals(1, own.html().select("fieldset.read-only[disabled]").size());
        assertEquals(0, own.html().select("#submit-report").size());
        assertTrue(own.html().selectFirst("#q-I-A-2-value").text().startsWith("A national Kimberley Process committee"));
        assertEquals("Forty inspections of licence holders; two warnings issued.",
                own.html().selectFirst("#q-IV-B-3-value").text());
        assertEquals(1, own.html().select("#q-IV-B-3 input.kp[checked]").size());

        PortalClient.Page monitoring = signedIn("monitoring").get("/reporting/report.xhtml?year=2024&iso=BW");
        assertEquals(200, monitoring.status());
        assertEquals("Forty inspections of licence holders; two warnings issued.",
                monitoring.html().selectFirst("#q-IV-B-3-value").text());
        PortalClient.Page open = signedIn("focal.ca").get("/reporting/report.xhtml?year=2025");
        assertEquals(0, open.html().select("fieldset.read-only").size());
        assertEquals(1, open.html().select("#submit-report").size());
        assertEquals("YES", open.html().select("#q-IV-A-1 input[checked]").attr("value"));
    }

    @Test
    void aNewReportShowsPartACarriedOverAndReadingItStoresNothing() throws Exception {
        PortalClient focal = signedIn("focal.za");
        for (int i = 0; i < 2; i++) {
            JsonObject y2025 = json(focal.api("GET", "/api/v1/reports/2025/ZA"));
            assertEquals("NOT_STARTED", y2025.getString("status"));
            var carried = y2025.getJsonArray("answers").getValuesAs(JsonObject.class);
            assertFalse(carried.isEmpty());
            assertTrue(carried.stream().allMatch(a -> a.getString("question").contains(".A.")), carried.toString());
            assertTrue(carried.stream().allMatch(a -> a.getInt("version") == 1));
        }
        // the first save stores the carried-over answers with it, at the versions the page showed
        HttpResponse<String> saved = focal.api("PUT", "/api/v1/reports/2025/ZA/answers/I.A.2",
                put("\"Quarterly meetings of the national committee.\""), Map.of("If-Match", "\"1\""));
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject stored = json(focal.api("GET", "/api/v1/reports/2025/ZA"));
        assertEquals("IN_PROGRESS", stored.getString("status"));
        assertTrue(stored.getJsonArray("answers").size() > 1);
    }

    @Test
    void thePublicReadsASubmittedReportWithoutItsKpOnlyAnswers() throws Exception {
        JsonObject open = json(new PortalClient(base.toURI()).api("GET", "/api/v1/reports/2024/BW"));
        assertEquals("SUBMITTED", open.getString("status"));
        assertEquals(1, open.getInt("revision"));
        assertFalse(open.getBoolean("working"));
        assertTrue(open.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .noneMatch(a -> a.getBoolean("kpOnly")), open.toString());
        assertTrue(open.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .noneMatch(a -> a.getString("question").equals("IV.B.3")));
        JsonObject monitoring = json(signedIn("monitoring").api("GET", "/api/v1/reports/2024/BW"));
        assertTrue(monitoring.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("question").equals("IV.B.3") && a.getBoolean("kpOnly")));
        // submitted: read only for its own focal point too
        PortalClient focal = signedIn("focal.bw");
        HttpResponse<String> late = focal.api("PUT", "/api/v1/reports/2024/BW/answers/I.A.3", put("\"late\""),
                Map.of("If-Match", "\"1\""));
        assertEquals(409, late.statusCode(), late.body());
    }

    @Test
    void aReportReadsAsPdfInTheReadersLanguageWithOnlyWhatTheReaderMayRead() throws Exception {
        HttpResponse<byte[]> open = new PortalClient(base.toURI()).bytes("/api/v1/reports/2024/BW/pdf?lang=ru");
        assertEquals(200, open.statusCode());
        assertEquals("application/pdf", open.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(open.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("kp-annual-report-2024-BW-ru.pdf"));
        String publicText = pdfText(open.body());
        assertTrue(publicText.contains("Годовой отчёт за 2024 год — Ботсвана"), publicText);
        assertTrue(publicText.contains("Представлен"), "the state in Russian: " + publicText);
        assertFalse(publicText.contains("Forty inspections"), "no KP-only answer for the public");

        String monitoring = pdfText(signedIn("monitoring").bytes("/api/v1/reports/2024/BW/pdf?lang=en").body());
        assertTrue(monitoring.contains("Annual report on 2024 — Botswana"), monitoring);
        assertTrue(monitoring.contains("Forty inspections of licence holders") && monitoring.contains("[KP only]"),
                monitoring);
        // a report not submitted (here: not even open yet) is not found for the public, as on the API
        assertEquals(404, new PortalClient(base.toURI()).bytes("/api/v1/reports/2026/BW/pdf").statusCode());
    }

    /** The text of a PDF, page after page, with runs of white space as one space. */
    private static String pdfText(byte[] pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        try {
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor =
                    new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append(' ');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    @Test
    void aFocalPointGivesSectionsToColleaguesAndEveryoneOnTheReportSeesWhoHasWhich() throws Exception {
        PortalClient focal = new PortalClient(base.toURI());
        focal.get("/?lang=ru");
        focal.login("focal.ru", DEMO_PASSWORD);
        PortalClient.Page page = focal.get("/reporting/report.xhtml?year=2025");
        List<String> given = page.texts("nav.report-sections li");
        assertTrue(given.stream().anyMatch(s -> s.startsWith("II.") && s.endsWith("— у Аналитик Гохрана")), given.toString());
        PortalClient.Page done = focal.submit(page, "assign", Map.of("section", "IV", "to", "analyst.ru"), "give");
        assertTrue(done.messages().contains("Раздел поручен; это видят все, кто работает над отчётом."),
                done.messages().toString());
        // the colleague and the Secretariat see it; the colleague may still edit any section
        PortalClient analyst = signedIn("analyst.ru");
        List<String> seen = analyst.get("/reporting/report.xhtml?year=2025").texts("nav.report-sections li");
        assertTrue(seen.stream().anyMatch(s -> s.startsWith("IV.") && s.endsWith("— with Аналитик Гохрана")), seen.toString());
        assertTrue(signedIn("secretariat").get("/reporting/report.xhtml?year=2025&iso=RU").texts("nav.report-sections li")
                .stream().anyMatch(s -> s.startsWith("IV.") && s.contains("Аналитик Гохрана")));
        // taken back
        PortalClient.Page back = focal.submit(focal.get("/reporting/report.xhtml?year=2025"), "assign",
                Map.of("section", "IV", "to", ""), "give");
        assertTrue(back.texts("nav.report-sections li").stream().noneMatch(s -> s.startsWith("IV.") && s.contains("—")),
                back.texts("nav.report-sections li").toString());
        // another Participant's focal point has no form and no view of this report
        assertEquals(404, signedIn("focal.ca").get("/reporting/report.xhtml?year=2025&iso=RU").status());
    }
}
