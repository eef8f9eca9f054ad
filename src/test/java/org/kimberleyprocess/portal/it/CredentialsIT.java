package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;

/**
 * A new password ends what the old one opened: a change or a reset revokes every token of the account and ends every
 * other session (opened before, in another browser) at its next request, while the session that made the change
 * goes on; the page and the mail say so. A token never makes another token: only the password or a signed-in page.
 */
class CredentialsIT extends PortalIT {

    private static boolean saysAccessChanged(Page page) {
        return page.messages().stream().anyMatch(m -> m.startsWith("Your access has changed"));
    }

    private List<String> outbox() {
        return signedIn("secretariat").get("/platform/outbox.xhtml").textsIn("mails_data", "td");
    }

    @Test
    void aChangedPasswordRevokesTheTokensAndEndsEveryOtherSessionButThisOne() {
        String old = "Ancienne phrase — старый пароль";
        PortalClient here = ApplicationSteps.signedUpApplicant(uri(), "rep.mn", "MN", old);
        PortalClient elsewhere = signedIn("rep.mn", old, "en");
        assertEquals("My account", elsewhere.get("/accounts/index.xhtml").heading());
        Map<String, String> token = new PortalClient(uri()).bearerFor("rep.mn", old);
        PortalClient script = visitor("en");
        assertEquals(200, script.api("GET", "/api/v1/accounts/me", token).statusCode());

        String chosen = "Nouvelle phrase — новый пароль";
        Page changed = here.submit(here.get("/accounts/password.xhtml"), "password",
                Map.of("current", old, "new", chosen, "repeated", chosen), "save");
        assertTrue(changed.messages().contains("Your password has been changed. Your API tokens were revoked and"
                + " every other session of your account has ended; this one goes on."), changed.messages().toString());
        assertEquals("My account", here.get("/accounts/index.xhtml").heading(), "the session that changed it goes on");
        assertEquals(200, here.api("GET", "/api/v1/accounts/me").statusCode());

        HttpResponse<String> revoked = script.api("GET", "/api/v1/accounts/me", token);
        assertEquals(401, revoked.statusCode(), revoked.body());
        Page ended = elsewhere.get("/accounts/index.xhtml");
        assertEquals("Log in", ended.heading(), "the other browser's session ended");
        assertTrue(saysAccessChanged(ended), ended.messages().toString());

        assertTrue(outbox().stream().anyMatch(t -> t.contains("The password of the account rep.mn on the KPCS Portal"
                + " was changed") && t.contains("revoked (1)")), "the holder is told by mail");
        assertEquals("My account", signedIn("rep.mn", chosen, "en").get("/accounts/index.xhtml").heading());
    }

    @Test
    void aResetPasswordRevokesTheTokensAndEndsEverySessionOpenedBefore() {
        String old = "Frase inicial — contraseña ñandú";
        PortalClient before = ApplicationSteps.signedUpApplicant(uri(), "rep.uy", "UY", old);
        Map<String, String> token = new PortalClient(uri()).bearerFor("rep.uy", old);

        PortalClient visitor = visitor("pt");
        visitor.submit(visitor.get("/accounts/password-forgot.xhtml"), "forgot", Map.of("name", "rep.uy"), "send");
        String mail = outbox().stream().filter(t -> t.contains("password-reset.xhtml?token=")
                && t.contains("rep.uy")).findFirst().orElseThrow();
        Matcher link = Pattern.compile("password-reset\\.xhtml\\?token=([0-9a-f]{64})").matcher(mail);
        assertTrue(link.find(), mail);
        String chosen = "Nova frase — palavra-passe ç ã";
        Page done = visitor.submit(visitor.get("/accounts/password-reset.xhtml?token=" + link.group(1)), "reset",
                Map.of("new", chosen, "repeated", chosen), "save");
        assertTrue(done.messages().stream().anyMatch(m -> m.contains("Os seus tokens de API foram revogados")),
                done.messages().toString());

        assertEquals(401, visitor("en").api("GET", "/api/v1/accounts/me", token).statusCode());
        Page ended = before.get("/accounts/index.xhtml");
        assertEquals("Log in", ended.heading());
        assertTrue(saysAccessChanged(ended), ended.messages().toString());
        assertEquals("My account", signedIn("rep.uy", chosen, "en").get("/accounts/index.xhtml").heading());
    }

    @Test
    void aTokenCannotMakeAnotherTokenOnlyThePasswordOrASignedInPageCan() {
        Map<String, String> token = tokenOf("focal.za");
        HttpResponse<String> renewed = visitor("fr").api("POST", "/api/v1/tokens?days=365", token);
        assertEquals(403, renewed.statusCode(), renewed.body());
        assertEquals("account.tokens.error.notByToken", json(renewed).getString("key"));
        assertTrue(json(renewed).getString("detail").startsWith("Un jeton ne peut pas créer"), renewed.body());

        PortalClient page = signedIn("focal.za");
        HttpResponse<String> fromPage = page.api("POST", "/api/v1/tokens?label=page");
        assertEquals(201, fromPage.statusCode(), fromPage.body());
        assertTrue(json(fromPage).getString("token").matches("[0-9a-f]{64}"));
    }
}
