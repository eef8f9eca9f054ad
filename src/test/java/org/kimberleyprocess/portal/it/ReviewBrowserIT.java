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
 * The peer review and the meetings in a real browser: the Working Group walks the peer-review pages in Portuguese,
 * nominates an expert, searches the library; the meetings read in Russian. Every page visited is checked with axe-core.
 */
class ReviewBrowserIT extends BrowserTest {

    @Test
    void theWorkingGroupWalksThePeerReviewPagesInPortugueseAndTheMeetingsReadInRussian() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(base + "meetings.xhtml?lang=ru");
        visited("meetings-ru");
        browser.findElement(By.partialLinkText("Sun City")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("participants")));
        assertTrue(browser.findElement(By.id("participants")).getText().contains("Ботсвана"));
        visited("meeting-ru");

        logIn("monitoring", "pt");
        browser.get(base + "peer-review.xhtml");
        visited("peer-review-pt");
        browser.findElement(By.linkText("Botsuana")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("finalReport")));
        assertTrue(browser.findElement(By.id("team")).getText().contains("Sarah Mitchell"));
        visited("review-visit-pt");
        browser.get(base + "review/experts.xhtml");
        visited("experts-pt");
        type("nominate:name", "João Gonçalves Araújo");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("nominate:nominatedBy")))
                .selectByVisibleText("Namíbia");
        type("nominate:expertise", "Avaliação de diamantes, controlo aduaneiro");
        browser.findElement(By.cssSelector("input[name='nominate:languages'][value='pt']")).click();
        clickAndWaitForNextPage("nominate:nominateButton");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("experts"), "João Gonçalves Araújo"));
        WebElement row = browser.findElements(By.cssSelector("#experts tbody tr")).stream()
                .filter(r -> r.getText().contains("João Gonçalves Araújo")).findFirst().orElseThrow();
        assertTrue(row.getText().contains("Avaliação de diamantes, controlo aduaneiro") && row.getText().contains("Namíbia"),
                row.getText());
        visited("experts-nominated-pt");
        browser.get(base + "review/missions.xhtml");
        visited("missions-pt");
        browser.get(base + "documents.xhtml");
        browser.findElement(By.id("q")).sendKeys("comunicado Sun City");
        browser.findElement(By.cssSelector("#search button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("none")));
        browser.findElement(By.id("q")).clear();
        browser.findElement(By.id("q")).sendKeys("Sun City");
        browser.findElement(By.cssSelector("#search button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"), "Final communiqué"));
        assertTrue(browser.findElement(By.id("documents")).getText().contains("Русский"));
        visited("documents-pt");
        logOut();
    }
}
