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
 * Accounts in a real browser: a forgotten password replaced through the mailed link, a colleague invited in
 * Spanish, a personal API token created in French, used by a script and revoked. Every page visited is checked with axe-core.
 */
class AccountsBrowserIT extends BrowserTest {

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
}
