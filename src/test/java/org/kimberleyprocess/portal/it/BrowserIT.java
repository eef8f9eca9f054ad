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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;




/**
 * The portal in a real browser (Debian's Chromium), with its scripts and its Content-Security-Policy. Every page
 * a test visits is checked with axe-core (no serious or critical violation), and what the tests type is French,
 * Portuguese, Spanish and Russian, read back where the portal shows it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    static ChromeDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void openBrowser() throws IOException {
        browser = Chromium.open(Duration.ofSeconds(60));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

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
        browser.findElement(By.id("login:password")).sendKeys("kimberley-demo");
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

    @Test
    void aPersonWhoForgotTheirPasswordChoosesANewOneThroughTheMailedLink() throws Exception {
        ApplicationSteps.signedUpApplicant(base.toURI(), "rep.cm", "CM", "the first passphrase");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(base + "login.xhtml?lang=fr");
        browser.findElement(By.id("forgotLink")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Mot de passe oublié"));
        visited("forgot-fr");
        type("forgot:name", "rep.cm");
        clickAndWaitForNextPage("forgot:send");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages [role=status]")));
        visited("forgot-sent-fr");

        // The mail, as the Secretariat reads it in the outbox of the demonstration portal.
        logIn("secretariat", "fr");
        browser.get(base + "secretariat/outbox.xhtml");
        visited("outbox-fr");
        String mail = browser.findElements(By.cssSelector("#mails_data tr")).stream().map(WebElement::getText)
                .filter(t -> t.contains("rep.cm@example.org") && t.contains("password-reset")).findFirst().orElseThrow();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("(http\\S*password-reset\\.xhtml\\?token=[0-9a-f]+)")
                .matcher(mail);
        assertTrue(link.find(), mail);
        logOut();

        String path = link.group(1).substring(link.group(1).indexOf("password-reset"));
        browser.get(base + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reset:new")));
        visited("reset-fr");
        type("reset:new", "Une nouvelle phrase — Новая");
        type("reset:repeated", "Une nouvelle phrase — Новая");
        clickAndWaitForNextPage("reset:save");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages [role=status]")));
        visited("reset-done-fr");

        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys("rep.cm");
        browser.findElement(By.id("login:password")).sendKeys("Une nouvelle phrase — Новая");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Mon compte"));
        logOut();
    }

    @Test
    void aFocalPointInvitesAColleagueInSpanishAndTheSecretariatSeesTheAccount() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        logIn("focal.bw", "es");
        browser.get(base + "account/state.xhtml");
        visited("state-accounts-es");
        type("invite:username", "colega.bw");
        type("invite:name", "Begoña Núñez — Бегонья");
        type("invite:email", "colega.bw@example.bw");
        clickAndWaitForNextPage("invite:send");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("colleagues:accounts"),
                "Begoña Núñez — Бегонья"));
        visited("state-invited-es");
        logOut();

        logIn("secretariat", "es");
        browser.get(base + "secretariat/accounts.xhtml");
        visited("secretariat-accounts-es");
        assertTrue(browser.findElement(By.id("accountsForm:accounts")).getText().contains("Begoña Núñez — Бегонья"));
        logOut();
    }

    @Test
    void aFocalPointCreatesAnApiTokenInFrenchUsesItFromAScriptAndRevokesIt() throws Exception {
        logIn("focal.ca", "fr");
        browser.get(base + "account/tokens.xhtml");
        visited("tokens-fr");
        type("newToken:label", "Système des douanes — Québec « test »");
        type("newToken:days", "400");
        clickAndWaitForNextPage("newToken:create");
        assertTrue(browser.findElement(By.id("newToken:days")).findElement(By.xpath("..")).getText()
                .contains("Un jeton est valable de 1 à 365 jours"), "a refused life is explained");
        assertEquals("Système des douanes — Québec « test »",
                browser.findElement(By.id("newToken:label")).getAttribute("value"), "nothing typed is lost");
        type("newToken:days", "30");
        clickAndWaitForNextPage("newToken:create");
        String token = browser.findElement(By.id("secret")).getAttribute("value");
        assertTrue(token.matches("[0-9a-f]{64}"), token);
        visited("token-created-fr");
        assertTrue(browser.findElement(By.id("tokensForm:tokens")).getText()
                .contains("Système des douanes — Québec « test »"));

        PortalClient script = new PortalClient(base.toURI());
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
        assertEquals("focal.ca", PublicPagesIT.json(script.api("GET", "/api/v1/accounts/me", bearer))
                .getString("username"));

        browser.get(base + "account/tokens.xhtml");
        assertFalse(browser.getPageSource().contains(token), "the secret is shown once only");
        WebElement row = browser.findElements(By.cssSelector("[id='tokensForm:tokens_data'] tr")).stream()
                .filter(r -> r.getText().contains("Système des douanes — Québec « test »")).findFirst().orElseThrow();
        String revoke = row.findElement(By.cssSelector("input.revoke")).getAttribute("id");
        clickAndWaitForNextPage(revoke);
        assertTrue(browser.findElement(By.id("tokensForm:tokens")).getText().contains("Révoqué"));
        visited("token-revoked-fr");
        assertEquals(401, script.api("GET", "/api/v1/accounts/me", bearer).statusCode());
        logOut();
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
        waitSaved("q-I-A-3");
        browser.findElement(By.cssSelector("#q-II-A-4 input[type=radio]")).click();
        waitSaved("q-II-A-4");
        browser.findElement(By.cssSelector("#q-I-A-4 button.add-row")).click();
        String law = "Федеральный закон «О драгоценных металлах и драгоценных камнях»";
        browser.findElement(By.cssSelector("#q-I-A-4 tbody tr:last-child input[data-column]")).sendKeys(law);
        waitSaved("q-I-A-4");
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
        other.login("focal.ca", "kimberley-demo");
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
        waitSaved("q-I-A-3");
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
        system.login("focal.bw", "kimberley-demo");
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
        waitSaved("q-III-B-3");
        tabTo(e -> "q-VI-B-1".equals(e.getAttribute("name")));
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.SPACE).perform();
        waitSaved("q-VI-B-1");
        tabTo(e -> "submit-report".equals(e.getAttribute("id")));
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("report-status"), "Submitted"));
        visited("report-submitted-en");
        assertTrue(browser.findElement(By.id("q-III-B-3-value")).getText().contains(fraud));
        assertFalse(browser.findElement(By.id("q-III-B-3-value")).isEnabled());
        logOut();
    }

    /** Presses Tab until the focused element is the one wanted (at most 500 times). */
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
        clock.login("secretariat", "kimberley-demo");
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

    private void tabTo(java.util.function.Predicate<WebElement> wanted) {
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

    /** Waits until the page says that an answer is saved and nothing is waiting. */
    private void waitSaved(String questionId) {
        String saved = browser.findElement(By.cssSelector("#texts [data-key=saved]")).getAttribute("textContent");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> saved.equals(
                d.findElement(By.cssSelector("#" + questionId + " .save-state")).getText())
                && d.findElement(By.id("save-status")).getAttribute("class").contains("saved"));
    }

    /** Logs out and waits until the portal shows the anonymous page (so that the next test starts clean). */
    private void logOut() {
        browser.findElement(By.id("logout:logoutButton")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("a.login-link")));
    }

    private void logIn(String username, String lang) {
        browser.get(base + "login.xhtml" + (lang == null ? "" : "?lang=" + lang));
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys("kimberley-demo");
        clickAndWaitForNextPage("login:submit");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("logout:logoutButton")));
    }

    /** Presses a button that posts the page, and waits until the browser has left that page (no race with it). */
    private void clickAndWaitForNextPage(String id) {
        WebElement button = browser.findElement(By.id(id));
        button.click();
        // Chromium reports an element of a page it has left either as stale or as a node "that does not belong
        // to the document"; both mean the next page is there.
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            try {
                button.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException left) {
                return true;
            }
        });
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** How many Participants the registry has now (45 in the demonstration data, more once a test admits one). */
    private int participants() {
        try {
            return PublicPagesIT.json(new PortalClient(base.toURI()).api("GET", "/api/v1/registry/counts"))
                    .getInt("participants");
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private String heading() {
        return browser.findElement(By.cssSelector("main h1")).getText();
    }

    /** A page the test has reached: checked with axe-core, and kept as a screenshot. */
    private static void visited(String name) throws IOException {
        screenshot(name);
        Results results = new AxeBuilder().analyze(browser);
        assertFalse(results.getPasses().isEmpty(), "axe-core ran on " + name);
        List<Rule> grave = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
        assertTrue(grave.isEmpty(), name + " (" + browser.getCurrentUrl() + "): " + grave.stream()
                .map(r -> r.getId() + " " + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList());
    }

    private static void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
