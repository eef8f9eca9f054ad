package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Statistics imports over the API with personal tokens, all or nothing, and their revisions; the same import on
 * the statistics page. Each test uses years no other test touches (2010–2013).
 */
class StatisticsImportIT extends PortalIT {

    static final String HEADER = "participant,year,period,flow,hs_code,partner,carats,value_usd,certificates\n";

    private PortalClient script() throws Exception {
        return new PortalClient(base.toURI());
    }

    private HttpResponse<String> importCsv(String query, String csv, Map<String, String> headers) throws Exception {
        return script().apiBody("POST", "/api/v1/statistics/imports" + query, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static List<JsonObject> rows(HttpResponse<String> response) {
        return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readArray()
                .getValuesAs(JsonObject.class);
    }

    private JsonObject period(String iso, int year, String flow, String code, Map<String, String> auth)
            throws Exception {
        HttpResponse<String> r = script().api("GET", "/api/v1/statistics/returns/" + iso + "/" + year + "/" + flow
                + "/" + code, auth);
        assertEquals(200, r.statusCode(), r.body());
        return PublicPagesIT.json(r);
    }

    @Test
    void withoutTheRightTokenOrRoleNothingIsImported() throws Exception {
        String csv = HEADER + "BW,2010,Q1,EXPORT,7102.31,BE,100,1000,1\n";
        HttpResponse<String> anonymous = importCsv("", csv, Map.of());
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        HttpResponse<String> wrong = importCsv("", csv, Map.of("Authorization", "Bearer " + "0".repeat(64)));
        assertEquals(401, wrong.statusCode(), wrong.body());
        HttpResponse<String> observer = importCsv("", csv, tokenOf("observer.gw"));
        assertEquals(403, observer.statusCode(), observer.body());
        HttpResponse<String> applicant = importCsv("", csv, tokenOf("applicant.gh"));
        assertEquals(403, applicant.statusCode(), applicant.body());

        // a focal point imports its own Participant's rows only: another's makes the whole file refused
        Map<String, String> bw = tokenOf("focal.bw");
        HttpResponse<String> others = importCsv("?lang=fr", csv + "ZA,2010,Q1,EXPORT,7102.31,BE,5,50,1\n", bw);
        assertEquals(422, others.statusCode(), others.body());
        JsonObject problem = PublicPagesIT.json(others).getJsonArray("problems").getJsonObject(0);
        assertEquals(3, problem.getInt("line"));
        assertEquals("participant", problem.getString("column"));
        assertEquals("Vous ne pouvez importer des chiffres que pour le Participant de votre compte, pas pour ZA.",
                problem.getString("message"));
        assertEquals(0, period("BW", 2010, "EXPORT", "Q1", bw).getJsonArray("lines").size(), "nothing stored");
        HttpResponse<String> notHis = script().api("GET", "/api/v1/statistics/returns/ZA/2010", bw);
        assertEquals(403, notHis.statusCode(), "another Participant's returns are not a focal point's to read");
    }

    @Test
    void anImportIsAllOrNothingAndEveryBadRowIsListedInTheCallersLanguage() throws Exception {
        Map<String, String> ca = tokenOf("focal.ca");
        String good = HEADER
                + "CA,2011,Q2,IMPORT,7102.31,BW,1250.5,375000.25,3\n"
                + "CA,2011,Q2,IMPORT,7102.10,BE,80,9000,1\n"
                + "CA,2011,Q2,EXPORT,7102.31,PE,10,1000,1\n"
                + "CA,2011,H1,PRODUCTION,7102.31,,6500000,560000000,\n";
        String bad = good
                + "CA,2011,Q2,PRODUCTION,7102.31,,1,1,\n"
                + "CA,2011,Q3,IMPORT,7102.99,BW,-4,abc,1\n"
                + "CA,2011,Q2,IMPORT,7102.31,BW,1,1,1\n";
        HttpResponse<String> refused = importCsv("?lang=ru", bad, ca);
        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject body = PublicPagesIT.json(refused);
        List<String> problems = body.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("line") + " " + p.getString("column", "-") + " " + p.getString("key")).toList();
        assertEquals(List.of("6 period statistics.import.error.half", "7 hs_code statistics.import.error.hsCode",
                "7 carats statistics.import.error.amount", "7 value_usd statistics.import.error.amount",
                "8 - statistics.import.error.duplicate"), problems);
        assertEquals("Ничего не импортировано: проблем для исправления — 5, см. ниже.", body.getString("message"));
        for (JsonObject r : rows(script().api("GET", "/api/v1/statistics/returns/CA/2011", ca))) {
            assertEquals(0, r.getInt("lines"), "nothing of a refused file is stored: " + r);
        }

        HttpResponse<String> stored = importCsv("", good, ca);
        assertEquals(201, stored.statusCode(), stored.body());
        JsonObject counts = PublicPagesIT.json(stored);
        assertEquals(3, counts.getInt("returns"));
        assertEquals(4, counts.getInt("lines"));
        assertEquals(1, counts.getInt("outsideScheme"), "Peru was never a Participant; Belgium is one through the EU");
        JsonObject imports = period("CA", 2011, "IMPORT", "Q2", ca);
        assertEquals("DRAFT", imports.getString("status"));
        assertEquals(List.of("7102.10 BE 80.00 9000.00 1 false", "7102.31 BW 1250.50 375000.25 3 false"),
                imports.getJsonArray("lines").getValuesAs(JsonObject.class).stream().map(l -> l.getString("hsCode")
                        + " " + l.getString("partner") + " " + l.getJsonNumber("carats").bigDecimalValue()
                        .setScale(2) + " " + l.getJsonNumber("valueUsd").bigDecimalValue().setScale(2) + " "
                        + l.getInt("certificates") + " " + l.getBoolean("outsideScheme")).toList());
        assertTrue(period("CA", 2011, "EXPORT", "Q2", ca).getJsonArray("lines").getJsonObject(0)
                .getBoolean("outsideScheme"), "trade with a partner outside the Scheme is kept and flagged");

        // importing the period again replaces its draft lines
        HttpResponse<String> again = importCsv("", HEADER + "CA,2011,Q2,IMPORT,7102.31,BW,99,990,1\n", ca);
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(1, period("CA", 2011, "IMPORT", "Q2", ca).getJsonArray("lines").size());
    }

    @Test
    void aSubmittedPeriodChangesOnlyByARevisionWithAReasonAndTheHistoryStays() throws Exception {
        Map<String, String> za = tokenOf("focal.za");
        String first = HEADER + "ZA,2012,Q3,EXPORT,7102.31,BE,500,250000,4\n";
        HttpResponse<String> submitted = importCsv("?submit=true", first, za);
        assertEquals(201, submitted.statusCode(), submitted.body());
        assertEquals(1, PublicPagesIT.json(submitted).getInt("submitted"));

        String corrected = HEADER + "ZA,2012,Q3,EXPORT,7102.31,BE,520,260000,4\n";
        HttpResponse<String> withoutReason = importCsv("?lang=es", corrected, za);
        assertEquals(422, withoutReason.statusCode(), withoutReason.body());
        JsonObject problem = PublicPagesIT.json(withoutReason).getJsonArray("problems").getJsonObject(0);
        assertEquals("statistics.import.error.submitted", problem.getString("key"));
        assertEquals(2, problem.getInt("line"));
        assertTrue(problem.getString("message").startsWith("ZA EXPORT 2012 Q3 ya está presentado"),
                problem.getString("message"));

        String reason = "Corrección: la aduana rectificó el envío nº 12 — «quilates»";
        HttpResponse<String> revised = importCsv("?reason=" + java.net.URLEncoder.encode(reason,
                StandardCharsets.UTF_8), corrected, za);
        assertEquals(201, revised.statusCode(), revised.body());
        assertEquals(1, PublicPagesIT.json(revised).getInt("revised"));
        JsonObject detail = period("ZA", 2012, "EXPORT", "Q3", za);
        assertEquals("SUBMITTED", detail.getString("status"));
        assertEquals(2, detail.getInt("revision"));
        assertEquals(0, new java.math.BigDecimal("520").compareTo(detail.getJsonArray("lines").getJsonObject(0)
                .getJsonNumber("carats").bigDecimalValue()));
        List<JsonObject> submissions = detail.getJsonArray("submissions").getValuesAs(JsonObject.class);
        assertEquals(2, submissions.size());
        assertTrue(!submissions.get(0).containsKey("reason") || submissions.get(0).isNull("reason"));
        assertEquals(reason, submissions.get(1).getString("reason"));
        // submitting again is refused: it changes only by revision
        HttpResponse<String> twice = script().api("POST", "/api/v1/statistics/returns/ZA/2012/EXPORT/Q3/submission",
                za);
        assertEquals(400, twice.statusCode(), twice.body());
    }

    @Test
    void theSecretariatAndTheWorkingGroupImportForAnyParticipantTheRegistryHolds() throws Exception {
        HttpResponse<String> secretariat = importCsv("", HEADER + "NA,2013,H2,PRODUCTION,7102.31,,900000,"
                + "400000000.75,\n", tokenOf("secretariat"));
        assertEquals(201, secretariat.statusCode(), secretariat.body());
        Map<String, String> wg = tokenOf("statistics");
        HttpResponse<String> unknown = importCsv("", HEADER + "XX,2013,Q1,EXPORT,7102.31,BE,1,1,1\n", wg);
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("statistics.import.error.unknownParticipant"), unknown.body());

        // an Excel workbook in the same columns, numbers as numbers
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            Object[][] cells = {HEADER.strip().split(","), {"AO", 2013, "Q4", "EXPORT", "7102.31", "BE", 3000.25,
                1500000, 12}};
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    if (cells[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue((String) cells[r][c]);
                    }
                }
            }
            workbook.write(xlsx);
        }
        HttpResponse<String> workbook = script().apiBody("POST", "/api/v1/statistics/imports",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.toByteArray(), wg);
        assertEquals(201, workbook.statusCode(), workbook.body());
        JsonObject ao = period("AO", 2013, "EXPORT", "Q4", wg);
        assertEquals(0, new java.math.BigDecimal("3000.25").compareTo(ao.getJsonArray("lines").getJsonObject(0)
                .getJsonNumber("carats").bigDecimalValue()));
        assertEquals(12, ao.getJsonArray("lines").getJsonObject(0).getInt("certificates"));
    }

    @Test
    void aPeriodsGridIsTypedSavedAllOrNothingSubmittedAndRevisedWithAReason() throws Exception {
        PortalClient ru = script();
        ru.get("/?lang=ru");
        ru.login("focal.ru", DEMO_PASSWORD);
        PortalClient.Page empty = ru.get("/statistics/return.xhtml?participant=RU&year=2014&flow=IMPORT&period=Q1");
        assertEquals(200, empty.status());
        assertEquals("Ничего не введено", empty.text("#status").replaceFirst("^[^:]*: ", ""));
        PortalClient.Page refused = ru.submit(empty, "grid", Map.of("rows:0:hs", "7102.21", "rows:0:partner", "ae",
                "rows:0:carats", "12,5", "rows:0:value", "1000", "rows:0:certificates", "2"), "save");
        List<String> problems = refused.textsIn("grid:problems", "tbody tr");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("1 carats «12,5» — не сумма"), problems.toString());
        assertEquals("12,5", refused.html().getElementById("grid:rows:0:carats").val(), "what was typed stays");

        PortalClient.Page saved = ru.submit(refused, "grid", Map.of("rows:0:carats", "12.5"), "save");
        assertTrue(saved.messages().contains("Сохранено строк: 1."), saved.messages().toString());
        assertEquals("AE", saved.html().getElementById("grid:rows:0:partner").val());
        assertEquals("12.50", saved.html().getElementById("grid:rows:0:carats").val());

        PortalClient.Page two = ru.submit(saved, "grid", Map.of(), "add");
        PortalClient.Page flagged = ru.submit(two, "grid", Map.of("rows:1:hs", "7102.31", "rows:1:partner", "PE",
                "rows:1:carats", "3", "rows:1:value", "300", "rows:1:certificates", "1"), "save");
        assertTrue(flagged.messages().contains("Сохранено строк: 2."), flagged.messages().toString());
        List<String> lines = flagged.textsIn("lines", "tbody tr");
        assertTrue(lines.get(1).contains("партнёр вне Схемы") && !lines.get(0).contains("партнёр вне Схемы"),
                lines.toString());

        PortalClient.Page submitted = ru.submit(flagged, "grid", Map.of(), "submitReturn");
        assertTrue(submitted.messages().contains("Период представлен."), submitted.messages().toString());
        PortalClient.Page noReason = ru.submit(submitted, "grid", Map.of("rows:0:carats", "13"), "save");
        assertTrue(noReason.textsIn("grid:problems", "tbody tr").get(0).contains("уже представлен"),
                noReason.textsIn("grid:problems", "tbody tr").toString());
        String reason = "Таможня исправила декларацию № 7: «13 карат»";
        PortalClient.Page revised = ru.submit(noReason, "grid", Map.of("rows:0:carats", "13", "reason", reason),
                "save");
        assertTrue(revised.messages().contains("Новая редакция сохранена, строк: 2."), revised.messages().toString());
        assertTrue(revised.text("#status").contains("редакция 2"), revised.text("#status"));
        assertTrue(revised.textsIn("submissions", "tbody tr").get(1).endsWith(reason),
                revised.textsIn("submissions", "tbody tr").toString());

        // another Participant's period is not for this focal point, and the grid of the public is no one's
        assertEquals(403, ru.get("/statistics/return.xhtml?participant=BW&year=2014&flow=IMPORT&period=Q1").status());
        assertEquals(404, ru.get("/statistics/return.xhtml?participant=RU&year=2014&flow=IMPORT&period=H1").status());
    }

    @Test
    void theAnnualReportsStatisticsSummaryShowsTheParticipantsReturnsOfTheYear() throws Exception {
        Map<String, String> ca = tokenOf("focal.ca");
        assertEquals(201, importCsv("?submit=true", HEADER + "CA,2025,Q1,EXPORT,7102.31,BE,100,20000,1\n", ca)
                .statusCode());
        String reason = "Correction : l’envoi n° 3 — « 120 carats » et non 100";
        assertEquals(201, importCsv("?reason=" + java.net.URLEncoder.encode(reason, StandardCharsets.UTF_8),
                HEADER + "CA,2025,Q1,EXPORT,7102.31,BE,120,24000,1\n", ca).statusCode());
        PortalClient fr = script();
        fr.get("/?lang=fr");
        fr.login("focal.ca", DEMO_PASSWORD);
        PortalClient.Page report = fr.get("/reporting/report.xhtml?year=2025");
        assertEquals(200, report.status());
        String exports = report.textsIn("statistics-digest", "tbody tr").stream()
                .filter(t -> t.startsWith("Exportations")).findFirst().orElseThrow()
                .replaceAll("[\\u00a0\\u202f]", " ");
        assertEquals("Exportations 1 / 4 120,00 24 000,00", exports);
        assertTrue(report.text("#statistics-missing").contains("Importations Q1"), report.text("#statistics-missing"));
        assertTrue(report.text("#statistics-corrections").contains(reason), report.text("#statistics-corrections"));

        // a submitted report's readers see the returns beside it only if the returns are theirs to read
        PortalClient monitoring = script();
        monitoring.login("monitoring", DEMO_PASSWORD);
        PortalClient.Page za = monitoring.get("/reporting/report.xhtml?year=2024&iso=ZA");
        assertEquals(200, za.status());
        assertTrue(za.html().getElementById("statistics-digest") == null, "not the Working Group on Monitoring's");
        PortalClient secretariat = script();
        secretariat.login("secretariat", DEMO_PASSWORD);
        assertTrue(secretariat.get("/reporting/report.xhtml?year=2024&iso=ZA").html()
                .getElementById("statistics-digest") != null, "the Secretariat's");
    }

    @Test
    void theStatisticsPageListsEveryBadRowThenShowsTheFiguresOfAGoodFile() throws Exception {
        PortalClient fr = script();
        fr.get("/?lang=fr");
        fr.login("focal.bw", DEMO_PASSWORD);
        PortalClient.Page page = fr.get("/statistics/index.xhtml?year=2010");
        assertEquals(200, page.status());
        String bad = HEADER + "BW,2010,Q4,EXPORT,7102.31,BE,12500.5,3750000,7\nBW,2010,Q4,EXPORT,7102.31,BE,1,1,1\n"
                + "BW,2010,Q4,IMPORT,7102.31,ZA,1,1,\n";
        PortalClient.Page refused = fr.submitWithFiles(page, "import", Map.of(), Map.of("file",
                new PortalClient.Upload("bw-2010.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8))),
                "importFile");
        List<String> listed = refused.textsIn("import:problems", "tbody tr");
        assertEquals(2, listed.size(), listed.toString());
        assertTrue(listed.get(0).contains("Cette ligne répète la ligne 2"), listed.toString());
        assertTrue(listed.get(1).startsWith("4 certificates"), listed.toString());
        String good = HEADER + "BW,2010,Q4,EXPORT,7102.31,BE,12500.5,3750000,7\n";
        PortalClient.Page stored = fr.submitWithFiles(refused, "import", Map.of(), Map.of("file",
                new PortalClient.Upload("bw-2010.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8))),
                "importFile");
        assertTrue(stored.messages().stream().anyMatch(m -> m.startsWith("Importé : 1 lignes")), stored.messages()
                .toString());
        String q4 = stored.textsIn("returns", "tbody tr").stream().filter(t -> t.startsWith("Exportations Q4"))
                .findFirst().orElseThrow().replaceAll("[\u00a0\u202f]", " ");
        assertTrue(q4.contains("Brouillon") && q4.contains("12 500,50") && q4.contains("3 750 000,00"), q4);

        // submitted, then corrected on the same page with a reason typed in French and Russian, read back exact
        PortalClient.Page submitted = fr.submitWithFiles(stored, "import", Map.of("submit", "on"), Map.of("file",
                new PortalClient.Upload("bw-2010.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8))),
                "importFile");
        assertTrue(submitted.messages().stream().anyMatch(m -> m.startsWith("Importé")), submitted.messages().toString());
        String reason = "Révision : envoi n° 9 compté deux fois — исправлено";
        String corrected = HEADER + "BW,2010,Q4,EXPORT,7102.31,BE,12000,3600000,6\n";
        PortalClient.Page revised = fr.submitWithFiles(submitted, "import", Map.of("reason", reason), Map.of("file",
                new PortalClient.Upload("bw-2010-corrigé.csv", "text/csv", corrected.getBytes(StandardCharsets.UTF_8))),
                "importFile");
        assertTrue(revised.messages().stream().anyMatch(m -> m.startsWith("Importé")), revised.messages().toString());
        List<String> submissions = fr.get("/statistics/return.xhtml?participant=BW&year=2010&flow=EXPORT&period=Q4")
                .textsIn("submissions", "tbody tr");
        assertTrue(submissions.stream().anyMatch(s -> s.endsWith(reason)), submissions.toString());
    }
}
