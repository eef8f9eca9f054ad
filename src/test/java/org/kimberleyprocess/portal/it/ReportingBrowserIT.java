package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The annual report in a real browser: the Secretariat edits a questionnaire version in Portuguese and previews it;
 * a focal point fills in part of its report in Russian and finds it again; two editors of one answer choose; a
 * report finished and submitted with the keyboard alone. Every page visited is checked with axe-core.
 */
class ReportingBrowserIT extends BrowserTest {

    private ReportForm report() {
        return new ReportForm(browser);
    }

    @Test
    void theSecretariatWritesAQuestionInPortugueseAndPreviewsTheDraft() throws IOException {
        logIn("secretariat", "pt");
        browser.get(base + "reporting/compliance.xhtml?year=2024");
        visited("compliance-pt");
        browser.get(base + "reporting/question.xhtml?year=2024&code=II.B.1");
        visited("one-question-pt");
        browser.get(base + "reporting/versions.xhtml");
        visited("versions-pt");
        clickAndWaitForNextPage(browser.findElements(By.cssSelector("input.copy")).get(0).getAttribute("id"));
        String draft = browser.getCurrentUrl().replaceAll(".*number=([0-9]+).*", "$1");
        browser.get(base + "reporting/version.xhtml?number=" + draft + "&section=II");
        visited("version-editor-pt");
        WebElement form = browser.findElements(By.cssSelector("form.question-editor")).stream()
                .filter(f -> f.findElement(By.cssSelector("h3.question-code")).getText().startsWith("II.A.3 "))
                .findFirst().orElseThrow();
        String formId = form.getAttribute("id");
        WebElement portuguese = form.findElement(By.cssSelector("textarea[lang=pt][name$=text]"));
        String text = "Como é validado o certificado antes da exportação? Descreva a verificação «in loco» — São Tomé.";
        type(portuguese.getAttribute("id"), text);
        clickAndWaitForNextPage(formId + ":save");
        WebElement again = browser.findElements(By.cssSelector("form.question-editor")).stream()
                .filter(f -> f.findElement(By.cssSelector("h3.question-code")).getText().startsWith("II.A.3 "))
                .findFirst().orElseThrow();
        assertEquals(text, again.findElement(By.cssSelector("textarea[lang=pt][name$=text]")).getAttribute("value"));
        browser.get(base + "reporting/report.xhtml?preview=" + draft);
        assertTrue(browser.findElement(By.id("main")).getText().contains(text), "the preview in Portuguese");
        visited("version-preview-pt");
        logOut();
    }

    @Test
    void aFocalPointFillsPartOfItsReportInRussianComesBackAndFindsEveryAnswer() throws IOException {
        logIn("focal.ru", "ru");
        browser.get(base + "reporting/index.xhtml");
        assertEquals("Наши ежегодные доклады", heading());
        visited("reports-ru");
        browser.get(base + "reporting/report.xhtml?year=2025");
        assertEquals("Ежегодный доклад за 2025", heading());
        String staff = "Четырнадцать сотрудников Гохрана; обучение «на месте» — две недели.";
        WebElement area = browser.findElement(By.id("q-I-A-3-value"));
        area.clear();
        area.sendKeys(staff);
        report().waitSaved("q-I-A-3");
        browser.findElement(By.cssSelector("#q-II-A-4 input[type=radio]")).click();
        report().waitSaved("q-II-A-4");
        browser.findElement(By.cssSelector("#q-I-A-4 button.add-row")).click();
        String law = "Федеральный закон «О драгоценных металлах и драгоценных камнях»";
        browser.findElement(By.cssSelector("#q-I-A-4 tbody tr:last-child input[data-column]")).sendKeys(law);
        report().waitSaved("q-I-A-4");
        visited("report-ru");

        // submission is refused while required answers are missing, and the page lists them
        browser.findElement(By.id("submit-report")).click();
        WebElement missing = new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#submit-result ul.missing li a")));
        assertTrue(browser.findElement(By.id("submit-result")).getText().startsWith("Доклад пока нельзя представить"),
                browser.findElement(By.id("submit-result")).getText());
        assertTrue(missing.getText().matches("[IVX]+\\.[AB]\\.\\d+ .+"), missing.getText());

        logOut();
        logIn("focal.ru", "ru");
        browser.get(base + "reporting/report.xhtml?year=2025");
        assertEquals(staff, browser.findElement(By.id("q-I-A-3-value")).getAttribute("value"));
        assertTrue(browser.findElement(By.cssSelector("#q-II-A-4 input[type=radio]")).isSelected());
        assertTrue(browser.findElements(By.cssSelector("#q-I-A-4 tbody input[data-column]")).stream()
                .anyMatch(input -> law.equals(input.getAttribute("value"))));
        logOut();
    }

    @Test
    void twoEditorsOfOneAnswerGetTheChoiceNotALostUpdate() throws Exception {
        logIn("focal.ca", "fr");
        browser.get(base + "reporting/report.xhtml?year=2025");
        // another focal point of Canada saves the same answer after this page was opened
        PortalClient other = new PortalClient(base.toURI());
        other.get("/?lang=fr");
        other.login("focal.ca", DEMO_PASSWORD);
        String theirs = "Réponse de l’autre point focal : huit agents à Ottawa.";
        assertEquals(200, other.api("PUT", "/api/v1/reports/2025/CA/answers/I.A.3",
                "{\"value\": \"" + theirs + "\", \"kpOnly\": false}").statusCode());

        String mine = "Ma réponse : douze agents formés à l’Agence des services frontaliers.";
        WebElement area = browser.findElement(By.id("q-I-A-3-value"));
        area.sendKeys(mine);
        WebElement conflict = new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#q-I-A-3 .conflict")));
        assertTrue(conflict.findElement(By.cssSelector(".theirs")).getText().contains(theirs), conflict.getText());
        assertEquals("Garder la mienne", conflict.findElement(By.cssSelector("button.keep-mine")).getText());
        visited("report-conflict-fr");
        conflict.findElement(By.cssSelector("button.keep-mine")).click();
        report().waitSaved("q-I-A-3");
        JsonObject stored = PublicPagesIT.json(other.api("GET", "/api/v1/reports/2025/CA")).getJsonArray("answers")
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("question").equals("I.A.3"))
                .findFirst().orElseThrow();
        assertEquals(mine, stored.getString("value"));
        logOut();
    }

    @Test
    void aFocalPointFinishesAndSubmitsItsReportWithTheKeyboardAlone() throws Exception {
        // Botswana's own system has filed all but two answers through the API (Part A was carried over)
        PortalClient system = new PortalClient(base.toURI());
        system.get("/?lang=en");
        system.login("focal.bw", DEMO_PASSWORD);
        String report = "/api/v1/reports/2025/BW";
        JsonObject questionnaire = PublicPagesIT.json(system.api("GET", "/api/v1/questionnaires/2025?lang=en"));
        for (JsonObject section : questionnaire.getJsonArray("sections").getValuesAs(JsonObject.class)) {
            for (JsonObject q : section.getJsonArray("questions").getValuesAs(JsonObject.class)) {
                String code = q.getString("code");
                if (!"B".equals(q.getString("part")) || q.containsKey("condition") || code.equals("III.B.3")
                        || code.equals("VI.B.1")) {
                    continue;
                }
                String value = switch (q.getString("type")) {
                    case "YES_NO" -> "\"NO\"";
                    case "SINGLE_CHOICE" -> "\"" + q.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                            .map(o -> o.getString("code")).filter(c -> !c.equals("HOSTED_IN_YEAR")).findFirst()
                            .orElseThrow() + "\"";
                    case "MULTIPLE_CHOICE" -> "[\"" + q.getJsonArray("options").getJsonObject(0).getString("code") + "\"]";
                    case "NUMBER" -> "0";
                    case "DATE" -> "\"2026-02-14\"";
                    case "TABLE" -> "[]";
                    case "FILE" -> null;
                    default -> "\"No change during the year.\"";
                };
                var saved = value == null
                        ? system.apiUpload(report + "/answers/" + code + "/file", new PortalClient.Upload(
                                "specimen.pdf", "application/pdf", org.kimberleyprocess.portal.platform.demo.DemoDocuments
                                        .pdf("Certificate specimen, Botswana")))
                        : system.api("PUT", report + "/answers/" + code, "{\"value\": " + value + "}");
                assertEquals(200, saved.statusCode(), code + ": " + saved.body());
            }
        }

        logIn("focal.bw", "en");
        browser.get(base + "reporting/report.xhtml?year=2025");
        String fraud = "No case of fraud was detected; customs checked every parcel twice.";
        tabTo(e -> "q-III-B-3-value".equals(e.getAttribute("id")));
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(fraud).perform();
        report().waitSaved("q-III-B-3");
        tabTo(e -> "q-VI-B-1".equals(e.getAttribute("name")));
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.SPACE).perform();
        report().waitSaved("q-VI-B-1");
        tabTo(e -> "submit-report".equals(e.getAttribute("id")));
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("report-status"), "Submitted"));
        visited("report-submitted-en");
        assertTrue(browser.findElement(By.id("q-III-B-3-value")).getText().contains(fraud));
        assertFalse(browser.findElement(By.id("q-III-B-3-value")).isEnabled());
        logOut();
    }
}
