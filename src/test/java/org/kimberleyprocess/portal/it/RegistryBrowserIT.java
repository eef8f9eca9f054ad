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
 * The registry entry in a real browser: the Secretariat enters an Observer and imports a registry file in
 * Portuguese. Every page visited is checked with axe-core.
 */
class RegistryBrowserIT extends BrowserTest {

    @Test
    void theSecretariatEntersAnObserverAndImportsARegistryFileInPortuguese() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        logIn("secretariat", "pt");
        browser.get(base + "secretariat/registry.xhtml");
        visited("registry-entry-pt");
        type("observer:observerName", "Associação São Tomé de Lapidação — Ассоциация");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("observer:observerKind")))
                .selectByValue("INDUSTRY");
        type("observer:since", "2005-03-01");
        clickAndWaitForNextPage("observer:enterObserver");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "O Observador foi inscrito no registo."));
        visited("registry-entered-pt");

        java.nio.file.Path file = java.nio.file.Files.createTempFile("observadores", ".csv");
        java.nio.file.Files.writeString(file, "name,kind,since\n\"Rede Brasileira de Justiça, Diamantes\","
                + "CIVIL_SOCIETY,2006-01-10\nÓrgão sem data,OTHER,\n");
        browser.findElement(By.id("import:file")).sendKeys(file.toString());
        clickAndWaitForNextPage("import:importFile");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import:problems")));
        assertTrue(browser.findElement(By.id("import:problems")).getText().contains(
                "Indique o nome do Observador, o seu tipo e a data desde a qual observa."));
        visited("registry-import-refused-pt");
        java.nio.file.Files.writeString(file, "name,kind,since\n\"Rede Brasileira de Justiça, Diamantes\","
                + "CIVIL_SOCIETY,2006-01-10\n");
        browser.findElement(By.id("import:file")).sendKeys(file.toString());
        clickAndWaitForNextPage("import:importFile");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Importado: 0 Estados, 0 alterações de estatuto, 1 Observadores, 0 mandatos de Presidente."));
        logOut();

        browser.get(base + "observers.xhtml?lang=pt");
        visited("observers-pt");
        String listed = browser.findElement(By.id("observers")).getText();
        assertTrue(listed.contains("Associação São Tomé de Lapidação — Ассоциация"), listed);
        assertTrue(listed.contains("Rede Brasileira de Justiça, Diamantes"), listed);
        java.nio.file.Files.delete(file);
    }
}
