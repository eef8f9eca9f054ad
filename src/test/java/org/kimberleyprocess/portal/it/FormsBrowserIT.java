package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Nothing typed is lost on a page with several forms: when one form's action is refused, the others still hold what
 * the person typed (or what is stored), never blanks, and saving one changes nothing the person did not change. The
 * decision's translations survive a refused adoption; a report answer waiting for the choice between two editors'
 * versions is not "saved", and leaving the page asks first.
 */
class FormsBrowserIT extends BrowserTest {

    /** Types into one form's field, presses another form's button (which is refused), and checks the field. */
    private void refusedElsewhereKeeps(String field, String typed, String refusedButton) {
        type(field, typed);
        clickAndWaitForNextPage(refusedButton);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages [role=alert]")));
        assertEquals(typed, value(field), "what was typed in the other form is still there");
        assertTrue(leavingAsks(), "the text typed and not sent is protected: leaving asks first");
    }

    @Test
    void aRefusedAdoptionLeavesEveryStoredTranslationInItsFieldAndSavingOneKeepsTheOthers() {
        Map<String, String> secretariat = tokenOf("secretariat");
        PortalClient script = visitor("en");
        long id = json(script.api("POST", "/api/v1/decisions", body("reference", "AD 2026/71", "kind",
                "ADMINISTRATIVE_DECISION", "title", "Statistics deadlines", "text", "Returns are due two months after"
                        + " the period."), secretariat), 201).getJsonNumber("id").longValue();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long meeting = json(script.api("POST", "/api/v1/meetings", body("kind", "INTERSESSIONAL", "title",
                "Réunion intersessions", "place", "Genève", "startsOn", today.minusDays(1).toString(), "endsOn",
                today.toString()), secretariat), 201).getJsonNumber("id").longValue();
        json(script.api("POST", "/api/v1/decisions/" + id + "/agreement", "{\"meeting\": " + meeting + "}",
                secretariat), 200);
        String[][] stored = {{"fr", "Délais des statistiques", "Les déclarations sont dues deux mois après la période."},
            {"pt", "Prazos das estatísticas", "As declarações são devidas dois meses após o período."},
            {"es", "Plazos de las estadísticas", "Las declaraciones se deben dos meses después del período."}};
        for (String[] t : stored) {
            json(script.api("PUT", "/api/v1/decisions/" + id + "/texts/" + t[0], body("title", t[1], "text", t[2]),
                    secretariat), 200);
        }

        logIn("secretariat", "fr");
        open("decision.xhtml?id=" + id);
        // the agreed English text is fixed: the form holds French, Portuguese, Spanish and Russian, in that order
        String title = "Сроки статистики — ё й";
        String text = "Декларации представляются через два месяца после окончания периода.";
        type("texts:lang:3:body", text);
        refusedElsewhereKeeps("texts:lang:3:title", title, "adopt:adoptButton");
        assertTrue(messages().stream().anyMatch(m -> m.startsWith("Non adoptée")), messages().toString());
        for (int i = 0; i < stored.length; i++) {
            assertEquals(stored[i][1], value("texts:lang:" + i + ":title"), stored[i][0] + " shown as stored");
            assertEquals(stored[i][2], value("texts:lang:" + i + ":body"), stored[i][0]);
        }
        assertEquals(text, value("texts:lang:3:body"));
        visited("decision-refused-adoption-fr");

        clickAndWaitForNextPage("texts:saveTexts");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("text-ru")));
        assertTrue(browser.findElements(By.id("missing")).isEmpty(), "no translation missing");
        JsonObject saved = json(script.api("GET", "/api/v1/decisions/" + id, secretariat), 200);
        List<JsonObject> texts = saved.getJsonArray("texts").getValuesAs(JsonObject.class);
        for (String[] t : stored) {
            JsonObject one = texts.stream().filter(x -> x.getString("language").equalsIgnoreCase(t[0])).findFirst()
                    .orElseThrow();
            assertEquals(t[1], one.getString("title"));
            assertEquals(t[2], one.getString("body"));
        }
        assertFalse(leavingAsks(), "all is saved: leaving asks nothing");
        clickAndWaitForNextPage("adopt:adoptButton");
        waiting().until(ExpectedConditions.textToBe(By.id("status"), "Adoptée"));
    }

    @Test
    void anAnswerWaitingForTheChoiceBetweenTwoVersionsIsNotSavedAndLeavingAsksFirst() {
        logIn("focal.ru", "ru");
        open("reporting/report.xhtml?year=2025");
        PortalClient colleague = signedIn("analyst.ru");
        String theirs = "Ответ коллеги: восемь сотрудников в Москве.";
        HttpAnswer.ok(colleague.api("PUT", "/api/v1/reports/2025/RU/answers/I.A.3",
                "{\"value\": \"" + theirs + "\", \"kpOnly\": false}", Map.of("If-Match", "\"" + version(colleague)
                        + "\"")));

        String mine = "Мой ответ: двенадцать обученных сотрудников таможни.";
        ReportForm report = new ReportForm(browser);
        WebElement area = report.field("I.A.3");
        // the person's whole text arrives at once (one save), as a paste would bring it
        browser.executeScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", area, mine);
        WebElement conflict = report.conflict("I.A.3");
        WebElement status = report.status();
        waiting().until(ExpectedConditions.textToBePresentInElement(status, "не сохранён"));
        assertFalse(status.getText().contains("Все ответы сохранены"), status.getText());
        assertTrue(conflict.findElement(By.cssSelector(".saved-by")).getText().startsWith("Сохранено: Аналитик"),
                conflict.getText());
        assertTrue(conflict.findElement(By.cssSelector(".saved-by")).getText().contains(String.valueOf(
                LocalDate.now(ZoneOffset.UTC).getYear())), "when, in the reader's language");
        WebElement keep = conflict.findElement(By.cssSelector("button.keep-mine"));
        assertTrue(keep.getAttribute("class").contains("button"), "a styled button");
        assertEquals(keep, browser.switchTo().activeElement(), "the keyboard is on the choice");
        assertTrue(leavingAsks(), "leaving with an answer waiting for the choice asks first");
        visited("report-conflict-open-ru");

        keep.click();
        waiting().until(ExpectedConditions.textToBe(By.id("save-status"), "Все ответы сохранены."));
        assertFalse(leavingAsks());
        JsonObject stored = json(colleague.api("GET", "/api/v1/reports/2025/RU")).getJsonArray("answers")
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("question").equals("I.A.3"))
                .findFirst().orElseThrow();
        assertEquals(mine, stored.getString("value"));
    }

    /** The version of I.A.3 the colleague's page would name. */
    private static long version(PortalClient client) {
        return json(client.api("GET", "/api/v1/reports/2025/RU")).getJsonArray("answers")
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("question").equals("I.A.3"))
                .findFirst().map(a -> a.getJsonNumber("version").longValue()).orElse(0L);
    }

    /** Small checks on API answers. */
    private static final class HttpAnswer {
        static void ok(java.net.http.HttpResponse<String> r) {
            assertEquals(200, r.statusCode(), r.body());
        }
    }

    @Test
    void theRegistryEntryFormsKeepWhatWasTypedWhenAnotherIsRefused() {
        logIn("secretariat", "pt");
        open("secretariat/registry.xhtml");
        String name = "Rede da sociedade civil — Сеть «Алмазы» ç ã";
        refusedElsewhereKeeps("observer:observerName", name, "term:enterTerm");
        visited("registry-entry-refused-pt");
        long observersBefore = json(visitor("en").api("GET", "/api/v1/registry/counts")).getInt("observers");
        new Select(browser.findElement(By.id("observer:observerKind"))).selectByValue("CIVIL_SOCIETY");
        type("observer:since", "2026-11-30");
        clickAndWaitForNextPage("observer:enterObserver");
        JsonObject counts = json(visitor("en").api("GET", "/api/v1/registry/counts"));
        assertEquals(observersBefore + 1, counts.getInt("observers"), "the Observer was entered, nothing else");
        assertTrue(value("state:iso").isEmpty() && value("term:holder").isEmpty());
    }

    @Test
    void theAccountsPageKeepsANewAccountTypedAndEveryBindingStoredWhenARoleChangeIsRefused() {
        logIn("secretariat", "es");
        open("secretariat/accounts.xhtml");
        WebElement row = browser.findElement(By.xpath("//tr[td[normalize-space()='analyst.ru']]"));
        assertEquals("RU", row.findElement(By.cssSelector("input.binding-choice")).getAttribute("value"),
                "a binding field shows what is stored, never a blank that would unbind");
        type("newAccount:name", "Emilia Ñúñez — Эмилия");
        type("newAccount:email", "emilia.nunez@example.org");
        String grant = row.findElement(By.cssSelector("input.grant")).getAttribute("id");
        refusedElsewhereKeeps("newAccount:username", "emilia.nunez", grant);
        assertEquals("Emilia Ñúñez — Эмилия", value("newAccount:name"));
        row = browser.findElement(By.xpath("//tr[td[normalize-space()='analyst.ru']]"));
        assertEquals("RU", row.findElement(By.cssSelector("input.binding-choice")).getAttribute("value"));
        visited("accounts-refused-es");

        new Select(browser.findElement(By.id("newAccount:role"))).selectByValue("STATISTICS");
        clickAndWaitForNextPage("newAccount:create");
        List<JsonObject> accounts = array(visitor("en").api("GET", "/api/v1/accounts", tokenOf("secretariat")))
                .getValuesAs(JsonObject.class);
        JsonObject created = accounts.stream().filter(a -> a.getString("username").equals("emilia.nunez"))
                .findFirst().orElseThrow();
        assertEquals("Emilia Ñúñez — Эмилия", created.getString("displayName"));
        assertEquals("RU", accounts.stream().filter(a -> a.getString("username").equals("analyst.ru")).findFirst()
                .orElseThrow().getString("participantIso"), "no other account changed");
    }

    @Test
    void theQuestionnaireEditorKeepsATitleTypedWhenAddingAQuestionIsRefused() {
        int number = json(visitor("en").api("POST", "/api/v1/questionnaires/versions/standard", "",
                tokenOf("secretariat")), 201).getInt("number");
        logIn("secretariat", "fr");
        open("reporting/version.xhtml?number=" + number);
        String frenchTitle = browser.findElement(By.cssSelector("#titleForm input[lang=fr]")).getAttribute("id");
        String spanish = value(browser.findElement(By.cssSelector("#titleForm input[lang=es]")).getAttribute("id"));
        refusedElsewhereKeeps(frenchTitle, "Questionnaire annuel — version révisée, été 2027", "addForm:add");
        assertEquals(spanish, value(browser.findElement(By.cssSelector("#titleForm input[lang=es]"))
                .getAttribute("id")), "the other languages show what is stored");
        visited("version-refused-fr");
        clickAndWaitForNextPage("titleForm:save");
        assertEquals("Questionnaire annuel — version révisée, été 2027",
                value(browser.findElement(By.cssSelector("#titleForm input[lang=fr]")).getAttribute("id")));
        assertEquals(spanish, value(browser.findElement(By.cssSelector("#titleForm input[lang=es]")).getAttribute("id")));
    }

    @Test
    void theReportReviewKeepsTheAssessmentChosenWhenAnEmptyCommentIsRefused() {
        logIn("monitoring", "es");
        open("reporting/report.xhtml?year=2024&iso=ZA");
        Select assessment = new Select(browser.findElement(By.id("assessment:status")));
        String stored = assessment.getFirstSelectedOption().getAttribute("value");
        String other = assessment.getOptions().stream().map(o -> o.getAttribute("value"))
                .filter(v -> !v.equals(stored)).findFirst().orElseThrow();
        assessment.selectByValue(other);
        clickAndWaitForNextPage("review:send");
        assertEquals(other, new Select(browser.findElement(By.id("assessment:status"))).getFirstSelectedOption()
                .getAttribute("value"), "the choice made in the other form is still there");
        visited("report-review-refused-es");
        new Select(browser.findElement(By.id("assessment:status"))).selectByValue(stored);
        clickAndWaitForNextPage("assessment:assess");
        assertEquals(stored, new Select(browser.findElement(By.id("assessment:status"))).getFirstSelectedOption()
                .getAttribute("value"));
    }

    @Test
    void aMissionsReportIsShownAsStoredAndKeptAsTypedWhenARecommendationIsRefused() {
        PortalClient chair = signedIn("chair");
        Page missions = chair.get("/review/missions.xhtml?lang=en");
        String expert = missions.html().select("#open input[type=checkbox]").first().val();
        Page opened = chair.submit(missions, "open", Map.of("subject", "LA", "grounds",
                "Indications crédibles : exportations sans certificat.", "terms", "Vérifier les contrôles."),
                Map.of("experts", List.of(expert)), "openButton");
        String path = opened.uri().toString().substring(opened.uri().toString().indexOf("/review/"));
        chair.submit(chair.get(path), "reportForm", Map.of("report", "Premier rapport de la mission."), "reportButton");

        logIn("chair", "fr");
        open(path.substring(1));
        assertEquals("Premier rapport de la mission.", value("reportForm:report"), "the stored report is shown");
        String revised = "Rapport révisé — доработанный отчёт: les contrôles à l’export sont insuffisants.";
        refusedElsewhereKeeps("reportForm:report", revised, "recommend:recommendButton");
        visited("mission-refused-fr");
        clickAndWaitForNextPage("reportForm:reportButton");
        assertEquals(revised, value("reportForm:report"));
        assertTrue(browser.findElements(By.cssSelector("#recommendations tbody tr")).isEmpty(),
                "no recommendation was added by the refused form");
    }

    @Test
    void aRefusedMeetingKeepsWhatWasTyped() {
        logIn("secretariat", "ru");
        open("meetings.xhtml");
        type("record:title", "Межсессионное заседание — Québec");
        type("record:place", "Квебек");
        clickAndWaitForNextPage("record:save");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages [role=alert]")));
        assertEquals("Межсессионное заседание — Québec", value("record:title"));
        assertEquals("Квебек", value("record:place"));
        assertNull(browser.findElements(By.linkText("Межсессионное заседание — Québec")).stream().findFirst()
                .orElse(null), "nothing was recorded");
        visited("meetings-refused-ru");
    }
}
