package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The statistics' checks and publication: the demonstration figures (2004 and 2005 published, 2006 not), the
 * mirror check on a dataset with a known discrepancy (2015, which no other test touches), its comments, closing and
 * resolution, the returns missing and the anomalies of 2006, the public pages and their exports.
 */
class StatisticsQualityIT extends PortalIT {

    private PortalClient script() throws Exception {
        return new PortalClient(base.toURI());
    }

    private static List<JsonObject> objects(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class);
    }

    private static String pair(JsonObject d) {
        return d.getString("exporter") + ">" + d.getString("importer") + " " + d.getString("hsCode") + " "
                + d.getInt("year") + " " + d.getString("quarter");
    }

    @Test
    void thePublicReadsPublishedYearsOnlyTheWorkingGroupEveryYear() throws Exception {
        HttpResponse<String> published = script().api("GET", "/api/v1/statistics/summary?year=2005&flow=PRODUCTION");
        assertEquals(200, published.statusCode(), published.body());
        JsonObject summary = PublicPagesIT.json(published);
        assertTrue(summary.getBoolean("published"));
        List<JsonObject> rows = summary.getJsonArray("participants").getValuesAs(JsonObject.class);
        assertEquals("RU", rows.get(0).getString("participant"), "the largest producer in carats comes first");
        BigDecimal sum = rows.stream().map(r -> r.getJsonNumber("carats").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(summary.getJsonObject("world").getJsonNumber("carats").bigDecimalValue()));
        JsonObject bw = rows.stream().filter(r -> r.getString("participant").equals("BW")).findFirst().orElseThrow();
        BigDecimal perCarat = bw.getJsonNumber("valueUsd").bigDecimalValue().divide(bw.getJsonNumber("carats")
                .bigDecimalValue(), 2, java.math.RoundingMode.HALF_UP);
        assertEquals(0, perCarat.compareTo(bw.getJsonNumber("usdPerCarat").bigDecimalValue()));

        assertEquals(404, script().api("GET", "/api/v1/statistics/summary?year=2006&flow=PRODUCTION").statusCode(),
                "2006 is not published");
        assertEquals(404, script().api("GET", "/api/v1/statistics/mirror?year=2006&quarter=Q1").statusCode());
        HttpResponse<String> wg = script().api("GET", "/api/v1/statistics/summary?year=2006&flow=PRODUCTION",
                tokenOf("statistics"));
        assertEquals(200, wg.statusCode(), wg.body());
        assertFalse(PublicPagesIT.json(wg).getBoolean("published"));
        List<Integer> years = objects(script().api("GET", "/api/v1/statistics/world")).stream()
                .map(y -> y.getInt("year")).toList();
        assertTrue(years.contains(2004) && years.contains(2005) && !years.contains(2006), years.toString());
    }

    @Test
    void theMirrorCheckFindsTheDemonstrationsDiscrepanciesAndTheToleranceOnlyFilters() throws Exception {
        List<String> q2 = objects(script().api("GET", "/api/v1/statistics/mirror?year=2005&quarter=Q2")).stream()
                .map(StatisticsQualityIT::pair).toList();
        assertEquals(List.of("BW>EU 7102.31 2005 Q2"), q2);
        assertEquals(List.of(), objects(script().api("GET",
                "/api/v1/statistics/mirror?year=2005&quarter=Q2&tolerance=0.10")), "8% is within 10%");
        List<String> all = objects(script().api("GET", "/api/v1/statistics/mirror?year=2006", tokenOf("statistics")))
                .stream().map(StatisticsQualityIT::pair).toList();
        assertTrue(all.contains("CD>AE 7102.31 2006 Q1"), all.toString());
    }

    @Test
    void aDiscrepancyIsCommentedClosedWithAnExplanationAndResolvedByARevision() throws Exception {
        Map<String, String> za = tokenOf("focal.za");
        Map<String, String> ca = tokenOf("focal.ca");
        String header = StatisticsImportIT.HEADER;
        assertEquals(201, script().apiBody("POST", "/api/v1/statistics/imports?submit=true", "text/csv",
                (header + "ZA,2015,Q1,EXPORT,7102.31,CA,1000,500000,2\n").getBytes(StandardCharsets.UTF_8), za)
                .statusCode());
        assertEquals(List.of(), objects(script().api("GET", "/api/v1/statistics/mirror?year=2015&quarter=Q1", za)),
                "nothing to compare until Canada submits its imports");
        assertEquals(201, script().apiBody("POST", "/api/v1/statistics/imports?submit=true", "text/csv",
                (header + "CA,2015,Q1,IMPORT,7102.31,ZA,900,500000,2\n").getBytes(StandardCharsets.UTF_8), ca)
                .statusCode());
        List<JsonObject> found = objects(script().api("GET", "/api/v1/statistics/mirror?year=2015&quarter=Q1", za));
        assertEquals(List.of("ZA>CA 7102.31 2015 Q1"), found.stream().map(StatisticsQualityIT::pair).toList());
        JsonObject item = found.get(0);
        assertEquals("OPEN", item.getString("status"));
        assertEquals(0, new BigDecimal("0.1000").compareTo(item.getJsonNumber("difference").bigDecimalValue()));
        long id = item.getJsonNumber("id").longValue();

        String comment = "Écart de 100 carats : l’envoi n° 7 est arrivé le 2 avril — à vérifier";
        HttpResponse<String> commented = script().api("POST", "/api/v1/statistics/discrepancies/" + id + "/comments",
                Json.createObjectBuilder().add("text", comment).build().toString(), za);
        assertEquals(200, commented.statusCode(), commented.body());
        assertEquals(comment, PublicPagesIT.json(commented).getJsonArray("comments").getJsonObject(0)
                .getString("text"));
        assertEquals(403, script().api("POST", "/api/v1/statistics/discrepancies/" + id + "/comments",
                "{\"text\": \"x\"}", tokenOf("focal.bw")).statusCode(), "not Botswana's to comment on");
        assertEquals(401, script().api("GET", "/api/v1/statistics/discrepancies/" + id).statusCode(),
                "an item with its comments is not for the public, as its page is not");
        HttpResponse<String> empty = script().api("POST", "/api/v1/statistics/discrepancies/" + id + "/closure",
                "{\"explanation\": \"  \"}", ca);
        assertEquals(400, empty.statusCode(), "an explanation is needed");
        String why = "El envío llegó en el trimestre siguiente; se registrará en el segundo trimestre.";
        HttpResponse<String> closed = script().api("POST", "/api/v1/statistics/discrepancies/" + id + "/closure",
                Json.createObjectBuilder().add("explanation", why).build().toString(), ca);
        assertEquals(200, closed.statusCode(), closed.body());
        assertEquals("CLOSED", PublicPagesIT.json(closed).getString("status"));
        assertEquals(why, PublicPagesIT.json(closed).getString("explanation"));

        // Canada corrects its imports: the figures agree, the item is resolved
        HttpResponse<String> revised = script().apiBody("POST", "/api/v1/statistics/imports?reason="
                + java.net.URLEncoder.encode("Envoi n° 7 compté", StandardCharsets.UTF_8), "text/csv",
                (header + "CA,2015,Q1,IMPORT,7102.31,ZA,1000,500000,2\n").getBytes(StandardCharsets.UTF_8), ca);
        assertEquals(201, revised.statusCode(), revised.body());
        HttpResponse<String> after = script().api("GET", "/api/v1/statistics/discrepancies/" + id, za);
        assertEquals("RESOLVED", PublicPagesIT.json(after).getString("status"), after.body());

        // publishing 2015 makes it public
        assertEquals(403, script().api("POST", "/api/v1/statistics/publications/2015", za).statusCode());
        assertEquals(204, script().api("POST", "/api/v1/statistics/publications/2015", tokenOf("secretariat"))
                .statusCode());
        assertTrue(objects(script().api("GET", "/api/v1/statistics/mirror?year=2015&quarter=Q1")).stream()
                .anyMatch(d -> d.getJsonNumber("id").longValue() == id), "the public reads the published items");
        assertEquals(401, script().api("GET", "/api/v1/statistics/discrepancies/" + id).statusCode(),
                "but not an item's comments and their authors, as the item's page refuses the public");
        assertEquals(200, script().api("GET", "/api/v1/statistics/summary?year=2015&flow=EXPORT").statusCode());
    }

    @Test
    void theReturnsMissingAndTheAnomaliesOf2006AreListedForTheWorkingGroupAndEachParticipantSeesItsOwn()
            throws Exception {
        List<String> missing = objects(script().api("GET", "/api/v1/statistics/missing?year=2006",
                tokenOf("statistics"))).stream().map(m -> m.getString("participant") + " " + m.getString("flow")
                + " " + m.getString("period")).toList();
        assertTrue(missing.containsAll(List.of("VE PRODUCTION H1", "VE PRODUCTION H2", "VE IMPORT Q1",
                "CF PRODUCTION H2", "LA IMPORT Q3", "LA IMPORT Q4", "AO EXPORT Q4", "ZW PRODUCTION H2")),
                missing.toString());
        assertFalse(missing.contains("BW PRODUCTION H1"), missing.toString());
        assertEquals(List.of(), objects(script().api("GET", "/api/v1/statistics/missing?year=2006",
                tokenOf("focal.bw"))), "Botswana sees its own, and has submitted everything");
        assertEquals(401, script().api("GET", "/api/v1/statistics/missing?year=2006").statusCode());

        // a Participant with nothing to report in a period says so with a nil return
        Map<String, String> bw = tokenOf("focal.bw");
        assertEquals(204, script().api("POST", "/api/v1/statistics/returns/BW/2017/IMPORT/Q1/submission", bw)
                .statusCode());
        HttpResponse<String> nil = script().api("GET", "/api/v1/statistics/returns/BW/2017/IMPORT/Q1", bw);
        assertEquals("SUBMITTED", PublicPagesIT.json(nil).getString("status"), nil.body());
        assertEquals(0, PublicPagesIT.json(nil).getJsonArray("lines").size());

        List<String> anomalies = objects(script().api("GET", "/api/v1/statistics/anomalies?year=2006",
                tokenOf("statistics"))).stream().map(a -> a.getString("participant") + " " + a.getString("flow")
                + " " + a.getString("period", "-") + " " + a.getString("kind")).toList();
        assertTrue(anomalies.contains("ZW PRODUCTION H1 SWING"), "Zimbabwe's production nearly quadrupled: "
                + anomalies);

        List<String> outside = objects(script().api("GET", "/api/v1/statistics/outside-scheme?year=2005",
                tokenOf("statistics"))).stream().map(o -> o.getString("participant") + " " + o.getString("flow") + " "
                + o.getString("period") + " " + o.getString("partner") + " " + o.getJsonNumber("carats")
                .bigDecimalValue().setScale(2)).toList();
        assertEquals(List.of("SL EXPORT Q3 LR 412.50"), outside, "Sierra Leone's export to Liberia");
        assertEquals(List.of(), objects(script().api("GET", "/api/v1/statistics/outside-scheme?year=2005",
                tokenOf("focal.bw"))), "a focal point sees its own Participant's only");
    }

    @Test
    void thePublicPagesShowTheFiguresWithChartsAndExportThem() throws Exception {
        PortalClient ru = new PortalClient(base.toURI());
        PortalClient.Page world = ru.get("/statistics/figures.xhtml?lang=ru");
        assertEquals(200, world.status());
        assertTrue(world.text("#demonstration").startsWith("Демонстрационные данные"), world.text("#demonstration"));
        List<String> years = world.textsIn("world", "tbody th");
        assertEquals(List.of("2004", "2005"), years.subList(0, 2));
        assertFalse(years.stream().anyMatch(y -> y.startsWith("2006")), years.toString());
        assertEquals(2, world.html().select("canvas").size(), "two charts");
        assertEquals(List.of("Год", "Добыча", "Импорт", "Экспорт"), world.textsIn("world", "thead tr:first-child th"));
        assertTrue(world.within("world", "tbody tr:first-child a").first().attr("href").contains("flow=PRODUCTION"),
                "the first figure of a year is its production, under its heading");

        PortalClient.Page production = ru.get("/statistics/figures-year.xhtml?year=2005&flow=PRODUCTION");
        assertEquals(200, production.status());
        List<String> rows = production.textsIn("figures:rows", "tbody tr");
        assertTrue(rows.get(0).startsWith("Российская Федерация"), rows.get(0));
        var csv = ru.bytes(production.html().getElementById("csv").attr("href"));
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.lines().skip(1).findFirst().orElse("").startsWith("\"RU Российская Федерация\""), text);
        var xlsx = ru.bytes(production.html().getElementById("excel").attr("href"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertTrue(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue().startsWith("RU"));
        }
        assertEquals(404, ru.get("/statistics/figures-year.xhtml?year=2006&flow=PRODUCTION").status());

        PortalClient wg = new PortalClient(base.toURI());
        wg.get("/?lang=es");
        wg.login("statistics", DEMO_PASSWORD);
        PortalClient.Page quality = wg.get("/statistics/quality.xhtml?year=2006");
        assertEquals(200, quality.status());
        assertTrue(quality.textsIn("missing", "tbody tr").stream().anyMatch(t -> t.startsWith("Venezuela")),
                quality.textsIn("missing", "tbody tr").toString());
        assertTrue(quality.textsIn("mirror", "tbody tr").stream().anyMatch(t -> t.contains("Emiratos")),
                quality.textsIn("mirror", "tbody tr").toString());
        PortalClient.Page y2005 = wg.get("/statistics/quality.xhtml?year=2005");
        assertTrue(y2005.textsIn("outside", "tbody tr").stream().anyMatch(t -> t.startsWith("Sierra Leona")
                && t.contains("Liberia") && t.contains("412,50")), y2005.textsIn("outside", "tbody tr").toString());
    }

    @Test
    void aDiscrepancyIsClosedOnItsPageInPortugueseAndASessionThatLostItsRoleWritesNothing() throws Exception {
        String header = StatisticsImportIT.HEADER;
        assertEquals(201, script().apiBody("POST", "/api/v1/statistics/imports?submit=true", "text/csv",
                (header + "ZA,2016,Q3,EXPORT,7102.21,CA,2000,80000,3\n").getBytes(StandardCharsets.UTF_8),
                tokenOf("focal.za")).statusCode());
        assertEquals(201, script().apiBody("POST", "/api/v1/statistics/imports?submit=true", "text/csv",
                (header + "CA,2016,Q3,IMPORT,7102.21,ZA,1500,80000,3\n").getBytes(StandardCharsets.UTF_8),
                tokenOf("focal.ca")).statusCode());
        long id = objects(script().api("GET", "/api/v1/statistics/mirror?year=2016&quarter=Q3", tokenOf("focal.za")))
                .get(0).getJsonNumber("id").longValue();

        // The Working Group's session is open on the item; then the Secretariat takes its role away.
        PortalClient wg = ApplicationSteps.loggedIn(base.toURI(), "statistics");
        PortalClient.Page open = wg.get("/statistics/discrepancy.xhtml?id=" + id);
        assertEquals(200, open.status());
        PortalClient secretariat = ApplicationSteps.loggedIn(base.toURI(), "secretariat");
        try {
            role(secretariat, "statistics", "revoke");
            PortalClient.Page after = wg.submit(open, "comment", Map.of("text", "Written after losing the role"),
                    "send");
            assertEquals("Log in", after.heading(), "the session opened before the change ends at its next request");
            assertFalse(script().api("GET", "/api/v1/statistics/discrepancies/" + id, tokenOf("focal.za")).body()
                    .contains("Written after losing the role"), "nothing was written");
        } finally {
            role(secretariat, "statistics", "grant");
        }

        // Canada closes it on the page, in Portuguese, and reads its explanation back.
        PortalClient canada = ApplicationSteps.loggedIn(base.toURI(), "focal.ca");
        String why = "A remessa n.º 12 chegou no trimestre seguinte — conferido com a alfândega.";
        PortalClient.Page closed = canada.submit(canada.get("/statistics/discrepancy.xhtml?lang=pt&id=" + id), "close",
                Map.of("explanation", why), "closeItem");
        assertEquals(why, closed.text("#explanation").replaceFirst("^[^:]*: ", ""), closed.messages().toString());
        assertTrue(closed.html().select("form#close").isEmpty(), "closed: no closing form any more");
    }

    /** Gives or takes the Working Group on Statistics role of an account on the Secretariat's accounts page. */
    private static void role(PortalClient secretariat, String username, String kind) {
        PortalClient.Page page = secretariat.get("/accounts/accounts.xhtml?lang=en");
        org.jsoup.nodes.Element row = page.within("accountsForm:accounts_data", "tr").stream()
                .filter(r -> r.selectFirst("td") != null && r.selectFirst("td").text().equals(username)).findFirst()
                .orElseThrow();
        String select = row.selectFirst("select.role-choice").attr("name").substring("accountsForm:".length());
        PortalClient.Page done = secretariat.submit(page, "accountsForm", Map.of(select, "STATISTICS"),
                row.selectFirst("input." + kind).id());
        assertTrue(done.messages().stream().anyMatch(m -> m.startsWith("The roles are changed")),
                done.messages().toString());
    }
}
