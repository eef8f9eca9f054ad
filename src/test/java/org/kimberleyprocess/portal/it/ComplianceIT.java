package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The compliance dashboard: each Participant's report on a year, how late, exported to Excel; not for focal points. */
class ComplianceIT extends PortalIT {

    private PortalClient signedIn(String username, String lang) throws Exception {
        PortalClient client = new PortalClient(base.toURI());
        client.get("/?lang=" + lang);
        client.login(username, DEMO_PASSWORD);
        return client;
    }

    private static String cells(Element row) {
        return row.select("td").eachText().toString();
    }

    @Test
    void theWorkingGroupSeesWhoHasReportedAndWhoIsLate() throws Exception {
        PortalClient monitoring = signedIn("monitoring", "en");
        PortalClient.Page y2024 = monitoring.get("/reporting/compliance.xhtml?year=2024");
        assertEquals(200, y2024.status());
        assertEquals("Annual reports on 2024", y2024.heading());
        assertTrue(y2024.menu().contains("Reporting compliance"), y2024.menu().toString());
        List<Element> rows = y2024.within("compliance:rows_data", "tr");
        assertTrue(rows.size() >= 40, "rows: " + rows.size());
        Element botswana = rows.stream().filter(r -> r.text().startsWith("Botswana")).findFirst().orElseThrow();
        assertEquals("[Botswana, Submitted, 0, 2025-03-20, Received, 2025-03-20 10:00:00 UTC]", cells(botswana));
        Element canada = rows.stream().filter(r -> r.text().startsWith("Canada")).findFirst().orElseThrow();
        assertTrue(cells(canada).startsWith("[Canada, Not started overdue, "), cells(canada));

        PortalClient.Page y2025 = signedIn("chair", "ru").get("/reporting/compliance.xhtml?year=2025");
        Element russia = y2025.within("compliance:rows_data", "tr").stream()
                .filter(r -> r.text().startsWith("Российская Федерация")).findFirst().orElseThrow();
        assertTrue(cells(russia).contains("В работе просрочен"), cells(russia));
    }

    @Test
    void theDashboardIsExportedToExcel() throws Exception {
        PortalClient secretariat = signedIn("secretariat", "fr");
        PortalClient.Page page = secretariat.get("/reporting/compliance.xhtml?year=2024");
        var download = secretariat.submitForBytes(page, "compliance", Map.of(), "compliance:excel");
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("kp-reports-2024"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(List.of("Participant", "État", "Jours de retard", "Soumis le", "Examen", "Dernière modification"), header);
            boolean found = false;
            for (Row row : sheet) {
                if (row.getCell(0).getStringCellValue().equals("Botswana")) {
                    assertEquals("Soumis", row.getCell(1).getStringCellValue());
                    found = true;
                }
            }
            assertTrue(found);
        }
    }

    @Test
    void everyParticipantsAnswerToOneQuestionIsReadAndExported() throws Exception {
        PortalClient chair = signedIn("chair", "en");
        PortalClient.Page page = chair.get("/reporting/question.xhtml?year=2024&code=IV.B.3");
        assertEquals(200, page.status());
        assertEquals("Answers to question IV.B.3 (2024)", page.heading());
        Element botswana = page.within("question:answers_data", "tr").stream()
                .filter(r -> r.text().startsWith("Botswana")).findFirst().orElseThrow();
        assertEquals("[Botswana, Forty inspections of licence holders; two warnings issued., Yes]", cells(botswana));
        var download = chair.submitForBytes(page, "question", Map.of(), "question:excel");
        assertEquals(200, download.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            List<String> header = new ArrayList<>();
            book.getSheetAt(0).getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(List.of("Participant", "Answer", "KP only (not published)"), header);
        }
        PortalClient.Page table = chair.get("/reporting/question.xhtml?year=2024&code=I.A.4");
        assertTrue(table.within("question:answers_data", "tr").stream()
                .anyMatch(r -> r.text().startsWith("Botswana Diamond Cutting Act; 2024-06-03")), table.html().text());
        assertEquals(404, chair.get("/reporting/question.xhtml?year=2024&code=IX.A.9").status());
        assertEquals(403, signedIn("focal.bw", "en").get("/reporting/question.xhtml?year=2024&code=IV.B.3").status());
    }

    @Test
    void aFocalPointHasNoDashboard() throws Exception {
        PortalClient focal = signedIn("focal.bw", "en");
        assertEquals(403, focal.get("/reporting/compliance.xhtml?year=2024").status());
        assertTrue(!focal.get("/index.xhtml").menu().contains("Reporting compliance"));
    }

    @Test
    void theSecretariatSetsTheFirstReportingYearAndTheDutiesFollow() throws Exception {
        PortalClient secretariat = signedIn("secretariat", "es");
        assertEquals(2024, PublicPagesIT.json(secretariat.api("GET", "/api/v1/reports/first-year")).getInt("firstYear"),
                "demo mode: reports are due from 2024");
        PortalClient.Page page = secretariat.get("/reporting/compliance.xhtml?year=2024");
        PortalClient.Page refused = secretariat.submit(page, "firstYear", Map.of("first", "2002"), "save");
        assertTrue(refused.messages().contains("El primer año de informe debe estar entre 2003 y 2025."),
                refused.messages().toString());
        assertEquals("2002", refused.html().getElementById("firstYear:first").val(), "what was typed stays");
        PortalClient.Page words = secretariat.submit(page, "firstYear", Map.of("first", "dos mil"), "save");
        assertTrue(words.messages().contains("Escriba un año en cifras, por ejemplo 2024."), words.messages().toString());
        assertEquals(2024, PublicPagesIT.json(secretariat.api("GET", "/api/v1/reports/first-year")).getInt("firstYear"),
                "nothing changed");

        PortalClient focal = signedIn("focal.za", "en");
        assertEquals(403, focal.api("PUT", "/api/v1/reports/first-year", "{\"firstYear\": 2025}").statusCode());
        assertEquals(List.of("2025", "2024"), focal.get("/reporting/index.xhtml").texts("#reports td:first-child"),
                "a focal point's list starts at the first reporting year");
        try {
            PortalClient.Page saved = secretariat.submit(secretariat.get("/reporting/compliance.xhtml?year=2025"),
                    "firstYear", Map.of("first", "2025"), "save");
            assertTrue(saved.messages().contains("Se ha guardado el primer año de informe."), saved.messages().toString());
            assertEquals(List.of("2025"), focal.get("/reporting/index.xhtml").texts("#reports td:first-child"));
            assertTrue(secretariat.get("/reporting/compliance.xhtml?year=2024").within("compliance:rows_data", "tr")
                    .stream().noneMatch(r -> r.text().startsWith("Bots")), "nobody owes the report on 2024 now");
        } finally {
            assertEquals(200, secretariat.api("PUT", "/api/v1/reports/first-year", "{\"firstYear\": 2024}")
                    .statusCode());
        }
        assertEquals(List.of("2025", "2024"), focal.get("/reporting/index.xhtml").texts("#reports td:first-child"));
    }
}
