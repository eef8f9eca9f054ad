package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;

/**
 * People and accounts: the Secretariat opens, disables, re-enables accounts and changes their roles; a focal point
 * invites and disables colleagues of its own Participant; each change takes effect on the account's next request.
 */
class AccountsAdminIT extends PortalIT {

    @Test
    void theSecretariatOpensAnAccountThenDisablesEnablesAndChangesItsRoles() throws Exception {
        PortalClient secretariat = signedIn("secretariat");
        Page accounts = secretariat.get("/accounts/accounts.xhtml");
        Page seat = secretariat.submit(accounts, "newAccount", Map.of("username", "analyst.ca", "name",
                "Analyste — Аналитик", "email", "analyst.ca@example.ca", "role", "MONITORING", "participant", "CA"),
                "create");
        assertTrue(seat.messages().stream().anyMatch(m -> m.startsWith("Committee roles of an account that acts for")),
                "a committee role of a Participant's account follows its seats: " + seat.messages());
        assertEquals("Analyste — Аналитик", seat.html().getElementById("newAccount:name").val(), "nothing typed is lost");
        Page created = secretariat.submit(seat, "newAccount", Map.of("username", "analyst.ca", "name",
                "Analyste — Аналитик", "email", "analyst.ca@example.ca", "role", "MONITORING", "participant", ""),
                "create");
        assertTrue(created.messages().contains("The account is created and its person has been sent a link."),
                created.messages().toString());
        String password = choosePasswordThroughTheMail(secretariat, "analyst.ca@example.ca", "Пароль аналитика 2026");

        PortalClient analyst = loggedIn("analyst.ca", password);
        assertEquals("Working Group on Monitoring", analyst.get("/accounts/index.xhtml").text("#roles"));
        assertEquals("Analyste — Аналитик", analyst.get("/accounts/index.xhtml").text("#displayName"));

        Page disabled = secretariat.submit(secretariat.get("/accounts/accounts.xhtml"), "accountsForm", Map.of(),
                button(secretariat, "analyst.ca", "disable"));
        assertTrue(disabled.messages().stream().anyMatch(m -> m.startsWith("The account is disabled")),
                disabled.messages().toString());
        assertEquals("Log in", analyst.get("/accounts/index.xhtml").heading(), "its open session ends");
        assertEquals("Log in", new PortalClient(base.toURI(), "en").login("analyst.ca", password).heading());

        secretariat.submit(secretariat.get("/accounts/accounts.xhtml"), "accountsForm", Map.of(),
                button(secretariat, "analyst.ca", "enable"));
        PortalClient again = loggedIn("analyst.ca", password);
        Page withRole = grant(secretariat, "analyst.ca", "STATISTICS");
        assertTrue(withRole.messages().stream().anyMatch(m -> m.startsWith("The roles are changed")),
                withRole.messages().toString());
        assertEquals("Log in", again.get("/accounts/index.xhtml").heading(), "a role change ends the session too");
        assertEquals("Working Group on Monitoring, Working Group on Statistics",
                loggedIn("analyst.ca", password).get("/accounts/index.xhtml").text("#roles"));

        PortalClient beforeBinding = loggedIn("analyst.ca", password);
        Page page = secretariat.get("/accounts/accounts.xhtml");
        Element row = row(page, "accountsForm:accounts_data", "analyst.ca");
        String input = row.selectFirst("input.binding-choice").attr("name").substring("accountsForm:".length());
        Page bound = secretariat.submit(page, "accountsForm", Map.of(input, "na"), row.selectFirst("input.bind").id());
        assertTrue(bound.messages().stream().anyMatch(m -> m.startsWith("What the account acts for is changed")),
                bound.messages().toString());
        assertEquals("Log in", beforeBinding.get("/accounts/index.xhtml").heading(), "a new binding ends the session");
        Page namibia = loggedIn("analyst.ca", password).get("/accounts/index.xhtml");
        assertEquals("Namibia", namibia.text("#actsFor"));
        assertEquals("", namibia.text("#roles"), "Namibia holds no seat, so its account holds no committee role");

        Page self = secretariat.submit(secretariat.get("/accounts/accounts.xhtml"), "accountsForm", Map.of(),
                button(secretariat, "secretariat", "disable"));
        assertTrue(self.messages().contains("You cannot change your own account here."), self.messages().toString());
    }

    @Test
    void aFocalPointInvitesAndDisablesAColleagueOfItsOwnParticipant() throws Exception {
        PortalClient focal = signedIn("focal.bw");
        Page ours = focal.get("/registry/state.xhtml");
        Page invited = focal.submit(ours, "invite", Map.of("username", "deputy.bw", "name", "Néo Kgosi — Нео Кгоси",
                "email", "deputy.bw@example.bw"), "send");
        assertTrue(invited.messages().contains("Your colleague has been sent a link to choose a password."),
                invited.messages().toString());
        String password = choosePasswordThroughTheMail(signedIn("secretariat"), "deputy.bw@example.bw",
                "Une phrase de passe — Botswana");
        PortalClient deputy = loggedIn("deputy.bw", password);
        Page account = deputy.get("/accounts/index.xhtml");
        assertEquals("Focal point", account.text("#roles"));
        assertEquals("Botswana", account.text("#actsFor"));
        assertEquals("Néo Kgosi — Нео Кгоси", account.text("#displayName"));
        assertTrue(focal.get("/registry/state.xhtml").textsIn("colleagues:accounts", "td")
                .contains("Néo Kgosi — Нео Кгоси"), "the invitation keeps every letter");

        Page list = focal.get("/registry/state.xhtml");
        Element own = row(list, "colleagues:accounts_data", "focal.bw");
        assertTrue(own.select("input.disable").isEmpty(), "no button to disable oneself");
        String disable = row(list, "colleagues:accounts_data", "deputy.bw").selectFirst("input.disable").id();
        Page disabled = focal.submit(list, "colleagues", Map.of(), disable);
        assertTrue(disabled.messages().stream().anyMatch(m -> m.startsWith("The account is disabled")),
                disabled.messages().toString());
        assertEquals("Log in", deputy.get("/accounts/index.xhtml").heading());
        assertEquals(403, signedIn("applicant.gh").get("/accounts/accounts.xhtml").status());
    }

    private PortalClient loggedIn(String username, String password) throws Exception {
        PortalClient client = new PortalClient(base.toURI(), "en");
        assertEquals("My account", client.login(username, password).heading(), username);
        return client;
    }

    /** Follows the invitation in the outbox and chooses a password; returns it. */
    private String choosePasswordThroughTheMail(PortalClient secretariat, String email, String password)
            throws Exception {
        String mail = secretariat.get("/platform/outbox.xhtml").within("mails_data", "tr").eachText().stream()
                .filter(r -> r.contains(email) && r.contains("password-reset")).findFirst().orElseThrow();
        Matcher link = Pattern.compile("password-reset\\.xhtml\\?token=([0-9a-f]{64})").matcher(mail);
        assertTrue(link.find(), mail);
        PortalClient person = new PortalClient(base.toURI(), "en");
        Page form = person.get("/accounts/password-reset.xhtml?token=" + link.group(1));
        Page done = person.submit(form, "reset", Map.of("new", password, "repeated", password), "save");
        assertTrue(done.messages().contains("Your new password is set. You can log in with it now."),
                done.messages().toString());
        return password;
    }

    private static Element row(Page page, String tableData, String username) {
        return page.within(tableData, "tr").stream().filter(r -> r.selectFirst("td") != null
                && r.selectFirst("td").text().equals(username)).findFirst().orElseThrow();
    }

    private static String button(PortalClient secretariat, String username, String kind) {
        return row(secretariat.get("/accounts/accounts.xhtml"), "accountsForm:accounts_data", username)
                .selectFirst("input." + kind).id();
    }

    private static Page grant(PortalClient secretariat, String username, String role) {
        Page page = secretariat.get("/accounts/accounts.xhtml");
        Element row = row(page, "accountsForm:accounts_data", username);
        String select = row.selectFirst("select.role-choice").attr("name").substring("accountsForm:".length());
        return secretariat.submit(page, "accountsForm", Map.of(select, role), row.selectFirst("input.grant").id());
    }
}
