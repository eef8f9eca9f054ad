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
 * The membership procedure in a real browser: an applicant walks the wizard in French, leaves, comes back and
 * submits; the Participation Committee writes a note in Spanish and Russian. Every page visited is checked with axe-core.
 */
class MembershipBrowserIT extends BrowserTest {

    static final Map<String, String> LANGUAGES = Map.of(
            "Français", "Le Système de certification du Processus de Kimberley",
            "Português", "O Sistema de Certificação do Processo de Kimberley",
            "Español", "El Sistema de Certificación del Proceso de Kimberley",
            "Русский", "Система сертификации Кимберлийского процесса",
            "English", "The Kimberley Process Certification Scheme");

    @Test
    void anApplicantWalksTheWizardInFrenchLeavesComesBackAndSubmits() throws IOException {
        Path law = Files.createTempFile("loi-", ".pdf");
        Files.write(law, MembershipIT.PDF);
        Path specimen = Files.createTempFile("specimen-", ".png");
        Files.write(specimen, MembershipIT.PNG);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        logIn("applicant.gh", "fr");
        browser.get(base + "membership/application.xhtml?lang=fr");
        assertEquals("Notre demande", heading());
        visited("application-fr");
        browser.findElement(By.id("start:startButton")).click();
        wait.until(ExpectedConditions.textToBe(By.id("stepTitle"), "Point focal et suppléant"));
        visited("wizard-fr-step1");
        Map<String, String> typed = new java.util.LinkedHashMap<>();
        typed.put("wizard:fpName", "Ama Mensah-Ёлкина");
        typed.put("wizard:fpTitle", "Directora de Minería");
        typed.put("wizard:fpMinistry", "Ministère des Terres et des Ressources naturelles");
        typed.put("wizard:fpEmail", "ama.mensah@example.gh");
        typed.put("wizard:fpPhone", "+233 30 1");
        typed.put("wizard:altName", "Kofi Boateng João");
        typed.put("wizard:altTitle", "Заместитель директора");
        typed.put("wizard:altMinistry", "Comissão de Minerais");
        typed.put("wizard:altEmail", "kofi.boateng@example.gh");
        typed.put("wizard:altPhone", "+233 30 2");
        typed.forEach(this::type);
        browser.findElement(By.id("wizard:next")).click();
        wait.until(ExpectedConditions.textToBe(By.id("stepTitle"), "Autorités d’importation et d’exportation"));
        visited("wizard-fr-step2");
        type("wizard:importing", "Commission des minéraux — Comisión de Minerales");
        type("wizard:exporting", "Société de commercialisation des minéraux précieux « Золото »");
        browser.findElement(By.id("wizard:next")).click();
        wait.until(ExpectedConditions.textToBe(By.id("stepTitle"), "Législation et réglementation nationales"));
        type("wizard:legislationTitle", "Loi sur les minéraux et les mines — Lei de Minas");
        type("wizard:legislationDate", "2003-06-30");
        type("wizard:legislationReference", "Acte 703, § 12 — Закон № 703");
        browser.findElement(By.id("wizard:legislationFile")).sendKeys(law.toAbsolutePath().toString());
        browser.findElement(By.id("wizard:addLegislation")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wizard:legislation"),
                "Loi sur les minéraux et les mines — Lei de Minas"));
        visited("wizard-fr-step3");

        // Leave, log out, come back another time: everything is still there, letter for letter.
        logOut();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), LANGUAGES.get("Français")));
        logIn("applicant.gh", null);
        browser.get(base + "membership/wizard.xhtml?step=1");
        typed.forEach((id, text) -> assertEquals(text, browser.findElement(By.id(id)).getAttribute("value"), id));
        browser.get(base + "membership/wizard.xhtml?step=2");
        assertEquals("Commission des minéraux — Comisión de Minerales",
                browser.findElement(By.id("wizard:importing")).getAttribute("value"));
        assertEquals("Société de commercialisation des minéraux précieux « Золото »",
                browser.findElement(By.id("wizard:exporting")).getAttribute("value"));
        browser.get(base + "membership/wizard.xhtml?step=3");
        String legislation = browser.findElement(By.id("wizard:legislation")).getText();
        assertTrue(legislation.contains("Loi sur les minéraux et les mines — Lei de Minas")
                && legislation.contains("Acte 703, § 12 — Закон № 703"), legislation);

        browser.get(base + "membership/wizard.xhtml?step=4");
        visited("wizard-fr-step4");
        browser.findElement(By.id("wizard:certificateFile")).sendKeys(specimen.toAbsolutePath().toString());
        browser.findElement(By.id("wizard:uploadCertificate")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#currentCertificate a")));
        visited("wizard-fr-step4-uploaded");
        browser.findElement(By.id("wizard:next")).click();
        wait.until(ExpectedConditions.textToBe(By.id("stepTitle"), "Dispositions statistiques"));
        type("wizard:statistics", "Statistiques trimestrielles des douanes; estadísticas trimestrales; ежеквартально");
        browser.findElement(By.id("wizard:next")).click();
        wait.until(ExpectedConditions.textToBe(By.id("stepTitle"), "Déclaration d’engagement"));
        visited("wizard-fr-step6");
        browser.findElement(By.id("wizard:declared")).click();
        browser.findElement(By.id("wizard:next")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Notre demande"));
        browser.get(base + "membership/wizard.xhtml?step=5");
        assertEquals("Statistiques trimestrielles des douanes; estadísticas trimestrales; ежеквартально",
                browser.findElement(By.id("wizard:statistics")).getAttribute("value"));
        browser.get(base + "membership/application.xhtml");
        browser.findElement(By.id("submitForm:submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Soumise"));
        visited("application-fr-submitted");
        logOut();
    }

    @Test
    void theCommitteeWritesANoteInSpanishAndRussianAndReadsItBack() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        logIn("committee", "es");
        browser.get(base + "committee/applications.xhtml");
        visited("committee-queue-es");
        String philippines = String.format("KP-%d-001", java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear());
        browser.findElement(By.linkText(philippines)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("committee:text")));
        visited("committee-file-es");
        String note = "Nota: la legislación aduanera está completa — Примечание: всё в порядке";
        type("committee:text", note);
        clickAndWaitForNextPage("committee:note");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notes"), note));
        visited("committee-note-es");
        assertTrue(browser.findElements(By.cssSelector("#messages [role=status]")).stream()
                .anyMatch(e -> !e.getText().isBlank()), "the confirmation is announced as a status");
        logOut();
    }
}
