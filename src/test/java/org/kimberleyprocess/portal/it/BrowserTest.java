package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser tests share: one Debian Chromium for the whole run (opened by the first browser test, closed when
 * the tests end), signing in and out, typing, posting a form and waiting for the next page, and checking every page
 * visited with axe-core (no serious or critical violation) at the size it is shown.
 */
public abstract class BrowserTest extends PortalIT {

    /** A laptop's window. */
    public static final Dimension LAPTOP = new Dimension(1280, 800);
    /** A phone's screen (the width pages must fit without scrolling sideways). */
    public static final Dimension PHONE = new Dimension(390, 844);

    protected static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() throws IOException {
        if (browser == null) {
            browser = Chromium.open(Duration.ofSeconds(60));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> browser.quit()));
        }
    }

    /** Every test starts signed out, at a laptop's size. */
    @BeforeEach
    void freshBrowser() {
        browser.manage().window().setSize(LAPTOP);
        browser.manage().deleteAllCookies();
    }

    protected WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    protected void logIn(String username, String lang) {
        browser.get(base + "login.xhtml" + (lang == null ? "" : "?lang=" + lang));
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        clickAndWaitForNextPage("login:submit");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("logout:logoutButton")));
    }

    protected void logOut() {
        clickAndWaitForNextPage("logout:logoutButton");
    }

    protected void open(String path) {
        browser.get(base + path);
    }

    /** Presses a button that posts the page, and waits until the browser has left that page. */
    protected void clickAndWaitForNextPage(String id) {
        WebElement button = browser.findElement(By.id(id));
        button.click();
        waiting().until(d -> {
            try {
                button.isEnabled();
                return false;
            } catch (WebDriverException left) {
                return true;
            }
        });
        waiting().until(d -> "complete".equals(browser.executeScript("return document.readyState")));
    }

    protected void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    protected String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    protected String heading() {
        return browser.findElement(By.cssSelector("main h1")).getText();
    }

    /** The page's messages (confirmations and refusals). */
    protected List<String> messages() {
        return browser.findElements(By.cssSelector("#messages li, #messages span, #messages .ui-messages-error"))
                .stream().map(WebElement::getText).filter(t -> !t.isBlank()).toList();
    }

    /** Presses Tab until the focused element is the one wanted (at most 500 times). */
    protected void tabTo(java.util.function.Predicate<WebElement> wanted) {
        for (int i = 0; i < 500; i++) {
            WebElement active = browser.switchTo().activeElement();
            if (wanted.test(active)) {
                return;
            }
            // keys to whatever has the focus (sendKeys on a file input would take the keys for a file's path)
            new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        throw new AssertionError("the keyboard never reached the element");
    }

    /** How many Participants the registry has now (45 in the demonstration data, more once a test admits one). */
    protected int participants() {
        return json(visitor("en").api("GET", "/api/v1/registry/counts")).getInt("participants");
    }

    /** Whether leaving the page now would ask first (its "beforeunload" handlers say so). */
    protected boolean leavingAsks() {
        return Boolean.TRUE.equals(browser.executeScript("var e = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(e); return e.defaultPrevented;"));
    }

    /** A page the test has reached: checked with axe-core, and kept as a screenshot. */
    protected static void visited(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Results results = new AxeBuilder().analyze(browser);
        assertFalse(results.getPasses().isEmpty(), "axe-core ran on " + name);
        List<Rule> grave = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
        assertTrue(grave.isEmpty(), name + " (" + browser.getCurrentUrl() + "): " + grave.stream()
                .map(r -> r.getId() + " " + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList());
    }
}
