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
 * Statistics in a real browser: an import with errors refused and corrected, a period typed, submitted and revised
 * in French, a mirror item commented in Russian, the public figures in Portuguese. Every page visited is checked with axe-core.
 */
class StatisticsBrowserIT extends BrowserTest {

    @Test
    void aFocalPointUploadsStatisticsWithErrorsFixesThemTypesAPeriodAndSeesTheFiguresInFrench() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        logIn("focal.ca", "fr");
        browser.get(base + "statistics/index.xhtml?year=2016");
        visited("statistics-fr");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("statistiques", ".csv");
        String header = "participant,year,period,flow,hs_code,partner,carats,value_usd,certificates\n";
        java.nio.file.Files.writeString(file, header + "CA,2016,Q1,EXPORT,7102.31,BE,\"1 250,5\",375000,3\n"
                + "CA,2016,Q1,EXPORT,7102.31,AE,100,20000,1\nCA,2016,Q2,PRODUCTION,7102.31,,5000,100000,\n");
        browser.findElement(By.id("import:file")).sendKeys(file.toString());
        clickAndWaitForNextPage("import:importFile");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import:problems")));
        String problems = browser.findElement(By.id("import:problems")).getText();
        assertTrue(problems.contains("« 1 250,5 » n’est pas un montant"), problems);
        assertTrue(problems.contains("La production se déclare par semestre"), problems);
        visited("statistics-refused-fr");
        java.nio.file.Files.writeString(file, header + "CA,2016,Q1,EXPORT,7102.31,BE,1250.5,375000,3\n"
                + "CA,2016,Q1,EXPORT,7102.31,AE,100,20000,1\nCA,2016,H1,PRODUCTION,7102.31,,5000,100000,\n");
        browser.findElement(By.id("import:file")).sendKeys(file.toString());
        clickAndWaitForNextPage("import:importFile");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Importé : 3 lignes"));
        String returns = browser.findElement(By.id("returns")).getText().replaceAll("[\u00a0\u202f]", " ");
        assertTrue(returns.contains("1 350,50") && returns.contains("395 000,00"), returns);
        java.nio.file.Files.delete(file);

        browser.get(base + "statistics/return.xhtml?participant=CA&year=2016&flow=EXPORT&period=Q1");
        visited("statistics-period-fr");
        clickAndWaitForNextPage("grid:add");
        type("grid:rows:2:partner", "il");
        type("grid:rows:2:carats", "40,25");
        type("grid:rows:2:value", "8000");
        type("grid:rows:2:certificates", "1");
        clickAndWaitForNextPage("grid:save");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("grid:problems")));
        assertEquals("40,25", browser.findElement(By.id("grid:rows:2:carats")).getAttribute("value"),
                "what was typed stays");
        type("grid:rows:2:carats", "40.25");
        clickAndWaitForNextPage("grid:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Enregistré : 3 lignes."));
        clickAndWaitForNextPage("grid:submitReturn");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "La période est soumise."));
        type("grid:rows:0:carats", "1260");
        type("grid:reason", "Révision : la douane a corrigé l’envoi n° 12 — « carats » ajustés");
        clickAndWaitForNextPage("grid:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Révision enregistrée"));
        assertTrue(browser.findElement(By.id("submissions")).getText().contains(
                "Révision : la douane a corrigé l’envoi n° 12 — « carats » ajustés"));
        visited("statistics-revised-fr");
        browser.get(base + "statistics/quality.xhtml?year=2016");
        visited("statistics-quality-fr");
        logOut();

        logIn("statistics", "ru");
        browser.get(base + "statistics/quality.xhtml?year=2006");
        visited("statistics-quality-ru");
        browser.findElement(By.cssSelector("#mirror tbody a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comment:text")));
        visited("statistics-discrepancy-ru");
        type("comment:text", "Просим проверить партию № 4 — «Алроса», сертификат КП");
        clickAndWaitForNextPage("comment:send");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("comments"),
                "Просим проверить партию № 4 — «Алроса», сертификат КП"));
        logOut();

        browser.get(base + "figures.xhtml?lang=pt");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas")));
        visited("figures-pt");
        browser.get(base + "figures-year.xhtml?year=2005&flow=EXPORT");
        visited("figures-year-pt");
        assertTrue(browser.findElement(By.id("demonstration")).getText().startsWith("Números de demonstração"));
    }
}
