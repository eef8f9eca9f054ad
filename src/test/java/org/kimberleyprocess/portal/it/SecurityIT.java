package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;

/** Logins, roles, the throttle, passwords, forged posts and the audit log, as users meet them. */
class SecurityIT extends PortalIT {

    PortalClient reader(String lang) throws Exception {
        PortalClient client = new PortalClient(base.toURI());
        client.get("/?lang=" + lang);
        return client;
    }

    static final List<String> PUBLIC_MENU = List.of("Home", "Participants", "Applicants", "Observers", "Chairs",
            "Committees", "Meetings", "Decisions", "Documents", "Peer review", "Production and trade");

    @Test
    void eachDemoRoleLogsInAndSeesItsMenu() throws Exception {
        Map<String, List<String>> extra = new LinkedHashMap<>();
        extra.put("secretariat", List.of("My account", "Reporting compliance", "Questionnaire", "Statistics returns", "Statistics quality", "Applications", "Observer requests", "Sign-ups", "Registry entry",
                "User accounts", "Audit log", "Outbox"));
        extra.put("chair", List.of("My account", "Reporting compliance", "Applications", "Observer requests"));
        extra.put("committee", List.of("My account", "Applications"));
        extra.put("monitoring", List.of("My account", "Reporting compliance"));
        extra.put("statistics", List.of("My account", "Statistics returns", "Statistics quality"));
        extra.put("focal.bw", List.of("My account", "Our accounts", "Our contacts", "Annual reports",
                "Statistics returns", "Statistics quality"));
        extra.put("applicant.gh", List.of("My account", "Our accounts", "Our application"));
        extra.put("observer.gw", List.of("My account", "Applications"));
        for (Map.Entry<String, List<String>> e : extra.entrySet()) {
            PortalClient client = reader("en");
            Page landing = client.login(e.getKey(), DEMO_PASSWORD);
            assertEquals("My account", landing.heading(), e.getKey() + ": " + landing.messages());
            assertEquals(e.getKey(), landing.text("#username"));
            List<String> expected = new java.util.ArrayList<>(PUBLIC_MENU);
            expected.addAll(e.getValue());
            assertEquals(expected, landing.menu(), e.getKey());
        }
        Page anonymous = reader("en").get("/index.xhtml");
        assertEquals(PUBLIC_MENU, anonymous.menu());
    }

    @Test
    void theAccountPageSaysWhoTheUserActsFor() throws Exception {
        Page focal = reader("ru").login("focal.bw", DEMO_PASSWORD);
        assertEquals("Ботсвана", focal.text("#actsFor"));
        assertEquals("Контактное лицо", focal.text("#roles"));
        Page observer = reader("fr").login("observer.gw", DEMO_PASSWORD);
        assertEquals("Global Witness", observer.text("#actsForObserver"));
    }

    @Test
    void aWrongPasswordIsRefusedWithATranslatedMessage() throws Exception {
        Page refused = reader("fr").login("chair", "not the password");
        assertEquals("Connexion", refused.heading());
        assertTrue(refused.messages().contains("Le nom d’utilisateur ou le mot de passe est incorrect."),
                refused.messages().toString());
        Page empty = reader("es").login("", "");
        assertTrue(empty.messages().contains("Escriba su nombre de usuario."), empty.messages().toString());
    }

    @Test
    void repeatedFailuresLockTheAccountUntilTheSecretariatUnlocksIt() throws Exception {
        PortalClient attacker = reader("en");
        for (int i = 0; i < 5; i++) {
            Page refused = attacker.login("monitoring", "guess-" + i);
            assertTrue(refused.messages().contains("The username or password is not correct."),
                    refused.messages().toString());
        }
        Page locked = attacker.login("monitoring", "guess-6");
        assertTrue(locked.messages().stream().anyMatch(m -> m.startsWith("Too many failed attempts")),
                locked.messages().toString());
        Page stillLocked = reader("en").login("monitoring", DEMO_PASSWORD);
        assertEquals("Log in", stillLocked.heading(), "the right password must not open a locked account");

        PortalClient secretariat = reader("en");
        secretariat.login("secretariat", DEMO_PASSWORD);
        Page accounts = secretariat.get("/accounts/accounts.xhtml");
        org.jsoup.nodes.Element row = accounts.within("accountsForm:accounts_data", "tr").stream()
                .filter(r -> r.child(0).text().equals("monitoring")).findFirst().orElseThrow();
        assertTrue(row.text().contains("Locked after failed logins"), row.text());
        String buttonId = row.selectFirst("input.unlock").id();
        Page unlocked = secretariat.submit(accounts, "accountsForm", Map.of(), buttonId);
        assertTrue(unlocked.messages().contains("The account monitoring is unlocked."), unlocked.messages().toString());

        Page in = reader("en").login("monitoring", DEMO_PASSWORD);
        assertEquals("My account", in.heading());
        Page audit = secretariat.get("/platform/audit.xhtml");
        List<String> actions = audit.textsIn("audit:events_data", "td:nth-child(3)");
        assertTrue(actions.contains("ACCOUNT_LOCKED") && actions.contains("ACCOUNT_UNLOCKED"), actions.toString());
    }

    @Test
    void protectedPagesSendTheAnonymousToLoginAndBackAfterwards() throws Exception {
        PortalClient client = reader("en");
        Page login = client.get("/platform/audit.xhtml");
        assertEquals("Log in", login.heading());
        Page audit = client.submit(login, "login", Map.of("username", "secretariat", "password", DEMO_PASSWORD),
                "submit");
        assertEquals("Audit log", audit.heading());
        Page found = client.submit(audit, "audit", Map.of("search", "DEMO_DATA_LOADED"), "apply");
        assertTrue(found.textsIn("audit:events_data", "td").contains("DEMO_DATA_LOADED"),
                found.textsIn("audit:events_data", "td").toString());
    }

    @Test
    void otherRolesAreRefusedTheSecretariatsPagesAndApi() throws Exception {
        PortalClient focal = reader("pt");
        focal.login("focal.bw", DEMO_PASSWORD);
        Page refused = focal.get("/platform/audit.xhtml");
        assertEquals(403, refused.status());
        assertEquals("Acesso negado", refused.heading());
        assertEquals(403, focal.api("GET", "/api/v1/accounts").statusCode());
        assertEquals(403, focal.api("POST", "/api/v1/accounts/chair/unlock").statusCode());
    }

    @Test
    void aFocalPointReadsOnlyItsOwnParticipantsKpOnlyData() throws Exception {
        assertEquals(401, reader("en").api("GET", "/api/v1/registry/participants/BW/accounts").statusCode());

        PortalClient focal = reader("en");
        focal.login("focal.bw", DEMO_PASSWORD);
        var own = focal.api("GET", "/api/v1/registry/participants/BW/accounts");
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("\"username\":\"focal.bw\""), own.body());
        assertFalse(own.body().contains("password"), own.body());
        var other = focal.api("GET", "/api/v1/registry/participants/CA/accounts");
        assertEquals(403, other.statusCode());
        assertTrue(other.body().contains("You may not see or change this record."), other.body());

        Page ourAccounts = focal.get("/registry/state.xhtml");
        assertTrue(ourAccounts.textsIn("colleagues:accounts", "td").contains("focal.bw"));

        PortalClient observer = reader("en");
        observer.login("observer.gw", DEMO_PASSWORD);
        assertEquals(403, observer.api("GET", "/api/v1/registry/participants/BW/accounts").statusCode());

        PortalClient secretariat = reader("en");
        secretariat.login("secretariat", DEMO_PASSWORD);
        assertEquals(200, secretariat.api("GET", "/api/v1/registry/participants/GH/accounts").statusCode());
    }

    @Test
    void aPasswordChangeIsCheckedAndAudited() throws Exception {
        PortalClient user = reader("en");
        user.login("statistics", DEMO_PASSWORD);
        Page form = user.get("/accounts/password.xhtml");

        Page mismatch = user.submit(form, "password",
                Map.of("current", DEMO_PASSWORD, "new", "a new passphrase 1", "repeated", "another one 22"), "save");
        assertTrue(mismatch.messages().contains("The two new passwords are not the same."),
                mismatch.messages().toString());
        Page tooShort = user.submit(mismatch, "password",
                Map.of("current", DEMO_PASSWORD, "new", "short", "repeated", "short"), "save");
        assertTrue(tooShort.messages().contains("The new password must have at least 12 characters."),
                tooShort.messages().toString());
        Page wrongCurrent = user.submit(tooShort, "password",
                Map.of("current", "wrong current", "new", "a new passphrase 1", "repeated", "a new passphrase 1"),
                "save");
        assertTrue(wrongCurrent.messages().contains("The current password is not correct. Nothing was changed."));
        assertEquals("My account", reader("en").login("statistics", DEMO_PASSWORD).heading(),
                "refused changes must leave the old password");

        Page done = user.submit(wrongCurrent, "password",
                Map.of("current", DEMO_PASSWORD, "new", "a new passphrase 1", "repeated", "a new passphrase 1"),
                "save");
        assertEquals("My account", done.heading());
        assertTrue(done.messages().stream().anyMatch(m -> m.startsWith("Your password has been changed.")),
                done.messages().toString());
        assertEquals("Log in", reader("en").login("statistics", DEMO_PASSWORD).heading());
        assertEquals("My account", reader("en").login("statistics", "a new passphrase 1").heading());

        Page back = user.submit(user.get("/accounts/password.xhtml"), "password",
                Map.of("current", "a new passphrase 1", "new", DEMO_PASSWORD, "repeated", DEMO_PASSWORD), "save");
        assertEquals("My account", back.heading());

        PortalClient secretariat = reader("en");
        secretariat.login("secretariat", DEMO_PASSWORD);
        Page audit = secretariat.get("/platform/audit.xhtml");
        assertTrue(audit.within("audit:events_data", "tr").stream()
                .anyMatch(r -> r.text().contains("statistics") && r.text().contains("PASSWORD_CHANGED")));
    }

    @Test
    void aForgedPostWithoutTheViewStateChangesNothing() throws Exception {
        PortalClient user = reader("en");
        user.login("committee", DEMO_PASSWORD);
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("password_SUBMIT", "1");
        forged.put("password:current", DEMO_PASSWORD);
        forged.put("password:new", "taken over by a forger");
        forged.put("password:repeated", "taken over by a forger");
        forged.put("password:save", "Change password");

        forged.put("jakarta.faces.ViewState", java.util.Base64.getEncoder().encodeToString(new byte[24]));
        Page guessed = user.post("/accounts/password.xhtml", forged);
        assertEquals("Page expired", guessed.heading());

        forged.put("jakarta.faces.ViewState", "not-even-a-view-state");
        Page garbage = user.post("/accounts/password.xhtml", forged);
        assertFalse(garbage.messages().stream().anyMatch(m -> m.startsWith("Your password has been changed.")));
        assertFalse(garbage.html().text().contains("Exception"));

        forged.remove("jakarta.faces.ViewState");
        Page none = user.post("/accounts/password.xhtml", forged);
        assertFalse(none.messages().stream().anyMatch(m -> m.startsWith("Your password has been changed.")));

        assertEquals("Log in", reader("en").login("committee", "taken over by a forger").heading());
        assertEquals("My account", reader("en").login("committee", DEMO_PASSWORD).heading());
    }

    @Test
    void theLanguageChosenIsRememberedForTheUser() throws Exception {
        PortalClient first = reader("en");
        first.login("applicant.gh", DEMO_PASSWORD);
        first.get("/accounts/index.xhtml?lang=ru");
        first.logout();

        PortalClient elsewhere = new PortalClient(base.toURI());
        Page landing = elsewhere.login("applicant.gh", DEMO_PASSWORD);
        assertEquals("Моя учётная запись", landing.heading());
        elsewhere.get("/accounts/index.xhtml?lang=en");
    }
}
