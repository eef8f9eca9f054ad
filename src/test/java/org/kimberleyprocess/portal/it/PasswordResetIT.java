package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;

/** "Forgot password": a single-use link by mail, the same answer whether the account exists or not. */
class PasswordResetIT extends PortalIT {

    @Test
    void aForgottenPasswordIsReplacedOnceThroughTheMailedLink() throws Exception {
        ApplicationSteps.signedUpApplicant(base.toURI(), "rep.ga", "GA", "the first passphrase");
        PortalClient visitor = new PortalClient(base.toURI(), "en");
        Page forgot = visitor.get("/accounts/login.xhtml").html().getElementById("forgotLink") == null ? null
                : visitor.get("/accounts/password-forgot.xhtml");
        assertNotNull(forgot, "the login page links to the forgotten password");
        Page sent = visitor.submit(forgot, "forgot", Map.of("name", "rep.ga"), "send");
        String answer = "If an account has this username or address, a link has been sent to its email address.";
        assertTrue(sent.messages().contains(answer), sent.messages().toString());
        PortalClient stranger = new PortalClient(base.toURI(), "en");
        Page unknown = stranger.submit(stranger.get("/accounts/password-forgot.xhtml"), "forgot",
                Map.of("name", "nobody@example.org"), "send");
        assertEquals(List.of(answer), unknown.messages(), "the same answer for an account that does not exist");

        PortalClient secretariat = ApplicationSteps.loggedIn(base.toURI(), "secretariat");
        List<String> rows = secretariat.get("/platform/outbox.xhtml").within("mails_data", "tr").eachText();
        assertFalse(rows.stream().anyMatch(r -> r.contains("nobody@example.org")), "no mail for nobody");
        String mail = rows.stream().filter(r -> r.contains("rep.ga@example.org") && r.contains("password-reset"))
                .findFirst().orElseThrow();
        Matcher link = Pattern.compile("password-reset\\.xhtml\\?token=([0-9a-f]{64})").matcher(mail);
        assertTrue(link.find(), mail);

        Page form = visitor.get("/accounts/password-reset.xhtml?token=" + link.group(1));
        Page tooShort = visitor.submit(form, "reset", Map.of("new", "short", "repeated", "short"), "save");
        assertTrue(tooShort.messages().contains("The new password must have at least 12 characters."),
                tooShort.messages().toString());
        Page done = visitor.submit(tooShort, "reset", Map.of("new", "Новая парольная фраза", "repeated",
                "Новая парольная фраза"), "save");
        assertTrue(done.messages().contains("Your new password is set. You can log in with it now. Your API tokens were"
                + " revoked and every session opened with the old password has ended."),
                done.messages().toString());

        Page again = new PortalClient(base.toURI(), "en").get("/accounts/password-reset.xhtml?token=" + link.group(1));
        assertNotNull(again.html().getElementById("unusable"), "the link works once");
        assertEquals("Log in", new PortalClient(base.toURI(), "en").login("rep.ga", "the first passphrase").heading());
        assertEquals("My account", new PortalClient(base.toURI(), "en").login("rep.ga", "Новая парольная фраза")
                .heading());
        assertNotNull(new PortalClient(base.toURI(), "en").get("/accounts/password-reset.xhtml?token=" + "0".repeat(64))
                .html().getElementById("unusable"), "a made-up link opens nothing");
    }
}
