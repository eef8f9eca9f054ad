package org.kimberleyprocess.portal.it;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The annual report's form (reporting/report.xhtml) as its tests use it: an answer's field by its question's code,
 * the save state of an answer and of the page, the choice between two versions, the submission.
 */
final class ReportForm {

    private final ChromeDriver browser;

    ReportForm(ChromeDriver browser) {
        this.browser = browser;
    }

    /** The element id a question's fieldset has (I.A.3: q-I-A-3). */
    static String id(String code) {
        return "q-" + code.replace('.', '-');
    }

    /** A text answer's field. */
    WebElement field(String code) {
        return browser.findElement(By.id(id(code) + "-value"));
    }

    /** The page's save status. */
    WebElement status() {
        return browser.findElement(By.id("save-status"));
    }

    /** The box that offers the choice between the person's version and another's, once it is shown. */
    WebElement conflict(String code) {
        return wait(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + id(code)
                + " .conflict")));
    }

    /** Waits until the page says that an answer is saved and nothing is waiting. */
    void waitSaved(String questionId) {
        String saved = browser.findElement(By.cssSelector("#texts [data-key=saved]")).getAttribute("textContent");
        wait(30).until(d -> saved.equals(d.findElement(By.cssSelector("#" + questionId + " .save-state")).getText())
                && d.findElement(By.id("save-status")).getAttribute("class").contains("saved"));
    }

    /** Presses "Submit" and waits for the answer (the report submitted, or the list of what is missing). */
    void submit() {
        browser.findElement(By.id("submit-report")).click();
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }
}
