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
 * Decisions in a real browser: a written procedure from drafting and circulation to adoption, in Spanish, with the
 * four translations typed and read back. Every page visited is checked with axe-core.
 */
class PlenaryBrowserIT extends BrowserTest {

    @Test
    void aWrittenProcedureRunsFromCirculationToAdoptionInSpanish() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String[][] texts = {
            {"Grupo de trabajo sobre expertos en diamantes: mandato revisado", "Se aprueba el mandato revisado del Grupo de trabajo; entrará en vigor en enero."},
            {"Groupe de travail des experts diamantaires : mandat révisé", "Le mandat révisé du Groupe de travail est approuvé ; il entrera en vigueur en janvier."},
            {"Grupo de trabalho de peritos em diamantes: mandato revisto", "É aprovado o mandato revisto do Grupo de trabalho; entrará em vigor em janeiro."},
            {"Grupo de trabajo de expertos en diamantes: mandato revisado (ES)", "Se aprueba el mandato revisado; entrará en vigor en enero — versión española."},
            {"Рабочая группа экспертов по алмазам: пересмотренный мандат", "Пересмотренный мандат Рабочей группы утверждается; он вступает в силу в январе."}};
        logIn("chair", "es");
        browser.get(base + "decisions.xhtml");
        visited("decisions-es");
        type("draft:reference", "AD 2026/95");
        type("draft:title", "Working Group of Diamond Experts: revised terms of reference");
        type("draft:text", "The revised terms of reference of the Working Group are approved; they take effect in January.");
        clickAndWaitForNextPage("draft:save");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("texts:saveTexts")));
        assertEquals("Proyecto", browser.findElement(By.id("status")).getText());
        visited("decision-draft-es");
        for (int i = 1; i < texts.length; i++) {
            type("texts:lang:" + i + ":title", texts[i][0]);
            type("texts:lang:" + i + ":body", texts[i][1]);
        }
        clickAndWaitForNextPage("texts:saveTexts");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("text-ru")));
        String[] codes = {"en", "fr", "pt", "es", "ru"};
        for (int i = 1; i < texts.length; i++) {
            WebElement section = browser.findElement(By.id("text-" + codes[i]));
            assertEquals(texts[i][0], section.findElement(By.tagName("h2")).getText(), codes[i]);
            assertEquals(texts[i][1], section.findElement(By.className("body")).getText(), codes[i]);
            assertEquals(texts[i][0], browser.findElement(By.id("texts:lang:" + i + ":title")).getAttribute("value"));
        }
        assertTrue(browser.findElements(By.id("missing")).isEmpty(), "no translation missing");
        java.time.LocalDate deadline = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1);
        type("circulate:deadline", deadline.toString());
        clickAndWaitForNextPage("circulate:circulateButton");
        wait.until(ExpectedConditions.textToBe(By.id("status"), "En procedimiento escrito"));
        visited("decision-procedure-es");
        logOut();

        PortalClient clock = new PortalClient(base.toURI());
        clock.get("/?lang=en");
        clock.login("secretariat", DEMO_PASSWORD);
        try {
            assertEquals(204, clock.api("PUT", "/api/v1/test/clock", "{\"now\": \"" + deadline.plusDays(1)
                    + "T00:00:05Z\"}").statusCode());
            logIn("secretariat", "es");
            browser.get(base + "decisions.xhtml");
            browser.findElement(By.linkText("AD 2026/95")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("adopt:adoptButton")));
            assertEquals("Acordada", browser.findElement(By.id("status")).getText(),
                    "no objection by the deadline: agreed, without anyone acting");
            visited("decision-agreed-es");
            clickAndWaitForNextPage("adopt:adoptButton");
            wait.until(ExpectedConditions.textToBe(By.id("status"), "Adoptada"));
            visited("decision-adopted-es");
            logOut();
        } finally {
            assertEquals(204, clock.api("DELETE", "/api/v1/test/clock", "").statusCode());
        }
        browser.get(base + "decisions.xhtml?lang=es");
        browser.findElement(By.linkText("AD 2026/95")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("text-ru")));
        assertEquals(texts[4][1], browser.findElement(By.cssSelector("#text-ru .body")).getText());
        assertEquals(texts[3][0], browser.findElement(By.cssSelector("#text-es h2")).getText());
        visited("decision-public-es");
    }
}
