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
 * The public pages and the login in a real browser: the home page in the five languages, the menu of a focal point
 * in French, the list of Participants paged and filtered by its address, a refused login in Portuguese. Every page visited is checked with axe-core.
 */
class PublicBrowserIT extends BrowserTest {

    static final Map<String, String> LANGUAGES = Map.of(
            "Français", "Le Système de certification du Processus de Kimberley",
            "Português", "O Sistema de Certificação do Processo de Kimberley",
            "Español", "El Sistema de Certificación del Proceso de Kimberley",
            "Русский", "Система сертификации Кимберлийского процесса",
            "English", "The Kimberley Process Certification Scheme");

    @Test
    void theHomePageSpeaksEachOfTheFiveLanguages() throws IOException {
        browser.get(base + "index.xhtml");
        for (String language : List.of("Français", "Português", "Español", "Русский", "English")) {
            browser.findElement(By.linkText(language)).click();
            assertEquals(LANGUAGES.get(language), heading(), language);
            assertEquals(String.valueOf(participants()),
                    browser.findElement(By.cssSelector("#participantCount .figure")).getText());
            visited("home-" + browser.findElement(By.tagName("html")).getAttribute("lang"));
        }
    }

    @Test
    void aFocalPointLogsInInFrenchSeesItsMenuAndLogsOut() throws IOException {
        browser.get(base + "login.xhtml?lang=fr");
        visited("login-fr");
        browser.findElement(By.id("login:username")).sendKeys("focal.bw");
        browser.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.cssSelector("main h1"),
                "Mon compte"));
        assertEquals("Botswana", browser.findElement(By.id("actsFor")).getText());
        List<String> menu = browser.findElements(By.cssSelector("nav.portal-menu a")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Accueil", "Participants", "Candidats", "Observateurs", "Présidences", "Comités",
                "Réunions", "Décisions", "Documents", "Examen par les pairs", "Production et commerce", "Mon compte", "Nos comptes", "Nos contacts", "Rapports annuels",
                "Déclarations statistiques", "Qualité des statistiques"), menu);
        visited("account-fr");

        logOut();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.cssSelector("main h1"),
                LANGUAGES.get("Français")));
        visited("logged-out-fr");
        assertFalse(browser.findElements(By.cssSelector("nav.portal-menu a")).stream()
                .anyMatch(a -> a.getText().equals("Mon compte")));
    }

    @Test
    void theParticipantsTablePagesAndFiltersInTheBrowser() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(base + "participants.xhtml?lang=ru");
        visited("participants-ru-first");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        int total = participants();
        assertEquals("1–25 / " + total, browser.findElement(By.cssSelector(".ui-paginator-current")).getText());
        browser.findElement(By.cssSelector(".pager a.next")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".ui-paginator-current"),
                "26–" + total + " / " + total));
        assertTrue(browser.getCurrentUrl().contains("page=2"), "a page of the list has its own address");

        WebElement filter = browser.findElement(By.id("q"));
        filter.sendKeys("бот");
        filter.submit();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".ui-paginator-current"), "1–1 / 1"));
        assertTrue(browser.findElements(By.cssSelector("a.state-name")).stream()
                .map(WebElement::getText).toList().contains("Ботсвана"));
        assertTrue(browser.manage().getCookies().stream().noneMatch(c -> c.getName().equals("JSESSIONID")),
                "reading the list opened no session");
        visited("participants-ru");
    }

    @Test
    void aRefusedLoginShowsAnAccessibleErrorInPortuguese() throws IOException {
        browser.get(base + "login.xhtml?lang=pt");
        browser.findElement(By.id("login:username")).sendKeys("focal.bw");
        browser.findElement(By.id("login:password")).sendKeys("palavra-passe errada ção");
        browser.findElement(By.id("login:submit")).click();
        WebElement alert = new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages [role=alert]")));
        assertFalse(alert.getText().isBlank());
        visited("login-refused-pt");
    }
}
