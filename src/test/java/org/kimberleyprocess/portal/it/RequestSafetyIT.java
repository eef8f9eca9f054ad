package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;

/**
 * Requests that must not work as an attacker would like: another site's posts to the API, a session fixed before
 * login, GETs that change data, references that tell which applications exist; and the Committee's formal acts
 * kept for its Participant members.
 */
class RequestSafetyIT extends PortalIT {

    @Test
    void anotherSitesPostToTheApiIsRefusedAndTheSameSitesIsNot() throws Exception {
        PortalClient secretariat = signedIn("secretariat");
        HttpResponse<String> evil = secretariat.api("POST", "/api/v1/accounts/focal.bw/unlock",
                Map.of("Origin", "https://evil.example", "Content-Type", "text/plain"));
        assertEquals(403, evil.statusCode(), evil.body());
        assertTrue(evil.body().contains("another website"), evil.body());
        HttpResponse<String> marked = secretariat.api("POST", "/api/v1/accounts/focal.bw/unlock",
                Map.of("Sec-Fetch-Site", "cross-site"));
        assertEquals(403, marked.statusCode());

        String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        assertEquals(204, secretariat.api("POST", "/api/v1/accounts/focal.bw/unlock",
                Map.of("Origin", own, "Sec-Fetch-Site", "same-origin")).statusCode());
        assertEquals(204, secretariat.api("POST", "/api/v1/accounts/focal.bw/unlock", Map.of()).statusCode(),
                "a script without browser headers is no cross-site request");
        assertEquals(200, secretariat.api("GET", "/api/v1/accounts/me", Map.of("Origin", "https://evil.example"))
                .statusCode(), "reading is not refused");
    }

    @Test
    void theSessionIdChangesAtLoginAndEveryCookieIsHttpOnlyAndSameSite() throws Exception {
        PortalClient client = new PortalClient(base.toURI());
        Page login = client.get("/accounts/login.xhtml?lang=en");
        String before = sessionId(client);
        assertNotNull(before, "the login page has a session (its form's view state)");
        HttpResponse<String> answer = client.submitWithoutFollowing(login, "login",
                Map.of("username", "statistics", "password", DEMO_PASSWORD), "submit");
        assertEquals(302, answer.statusCode(), answer.body());
        String after = sessionId(client);
        assertNotNull(after);
        assertNotEquals(before, after, "the session id changes at login");

        List<String> setCookies = answer.headers().allValues("Set-Cookie");
        assertTrue(setCookies.stream().anyMatch(c -> c.startsWith("LtpaToken2=")), setCookies.toString());
        for (String cookie : setCookies) {
            String lower = cookie.toLowerCase(java.util.Locale.ROOT);
            assertTrue(lower.contains("httponly"), cookie);
            assertTrue(lower.contains("samesite=lax") || lower.contains("samesite=strict"), cookie);
        }
        Page languageCookie = client.get("/index.xhtml?lang=fr");
        assertEquals("fr", languageCookie.html().selectFirst("html").attr("lang"));
    }

    @Test
    void choosingALanguageByALinkIsSavedForTheAccountOnlyWithTheNextPost() throws Exception {
        PortalClient monitoring = signedIn("monitoring");
        Page russian = monitoring.get("/accounts/index.xhtml?lang=ru");
        assertEquals("Моя учётная запись", russian.heading());
        assertEquals("My account", freshLogin("monitoring").heading(), "a GET saved the account's language");

        monitoring.logout(); // the next post
        assertEquals("Моя учётная запись", freshLogin("monitoring").heading());
        PortalClient back = new PortalClient(base.toURI());
        back.get("/?lang=en");
        back.login("monitoring", DEMO_PASSWORD);
        back.logout();
    }

    @Test
    void openingTheWizardCreatesNoApplicationAndOtherStatesReferencesAreNotFound() throws Exception {
        PortalClient swaziland = ApplicationSteps.signedUpApplicant(base.toURI(), "rep.sz", "SZ", "a long passphrase");
        Page wizard = swaziland.get("/membership/wizard.xhtml?step=1");
        assertEquals("Our application", wizard.heading());
        assertNotNull(wizard.html().getElementById("start:startButton"), "no application was opened by a GET");
        assertNotNull(swaziland.get("/membership/application.xhtml").html().getElementById("start:startButton"));

        String reference = ApplicationSteps.fileAndSubmit(swaziland, "fp@example.sz");
        PortalClient ghana = signedIn("applicant.gh");
        HttpResponse<String> another = ghana.api("GET", "/api/v1/applications/" + reference);
        HttpResponse<String> none = ghana.api("GET", "/api/v1/applications/KP-1999-999");
        assertEquals(404, another.statusCode());
        assertEquals(none.statusCode(), another.statusCode(), "the same answer whether it exists or not");
    }

    @Test
    void anObserverOnTheCommitteeCommentsButOnlyParticipantMembersAskAndRecommend() throws Exception {
        PortalClient applicant = ApplicationSteps.signedUpApplicant(base.toURI(), "rep.kp", "KP", "a long passphrase");
        String reference = ApplicationSteps.fileAndSubmit(applicant, "fp@example.kp");
        PortalClient committee = signedIn("committee");
        Page assessing = committee.submit(committee.get("/membership/file.xhtml?ref=" + reference),
                "committee", Map.of(), "startAssessment");
        assertEquals("Under assessment", assessing.text("#status"));
        assertNotNull(assessing.html().getElementById("committee:requestInformation"));
        assertNotNull(assessing.html().getElementById("committee:recommend"));

        PortalClient observer = signedIn("observer.gw");
        Page file = observer.get("/membership/file.xhtml?ref=" + reference);
        assertNull(file.html().getElementById("committee:requestInformation"));
        assertNull(file.html().getElementById("committee:recommend"));
        Page noted = observer.submit(file, "committee", Map.of("text", "Civil society: the customs chapter is thin"),
                "note");
        assertTrue(noted.textsIn("notes", "td").contains("Civil society: the customs chapter is thin"));
        assertFalse(noted.messages().isEmpty());
    }

    @Test
    void manyFailedLoginsFromOneAddressStopLoginsFromItWhateverTheName() throws Exception {
        String address = "2001:db8:bad::1";
        for (int i = 1; i <= 20; i++) {
            Page refused = new PortalClient(base.toURI(), "en", address).login("guess" + i, "wrong");
            assertEquals("Log in", refused.heading());
        }
        Page blocked = new PortalClient(base.toURI(), "en", address).login("statistics", DEMO_PASSWORD);
        assertEquals("Log in", blocked.heading(), "the right password does not open a door the address has abused");
        assertTrue(blocked.messages().stream().anyMatch(m -> m.startsWith("Too many failed logins from your network")),
                blocked.messages().toString());
        assertEquals("My account", new PortalClient(base.toURI(), "en").login("statistics", DEMO_PASSWORD)
                .heading(), "another address is not affected");
    }

    @Test
    void anUnknownUsernameAnswersAsARealAccountDoes() throws Exception {
        PortalClient client = new PortalClient(base.toURI(), "en");
        List<String> answers = new java.util.ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            answers.add(String.join(" ", client.login("nobody.at.all", "guess-" + i).messages()));
        }
        assertEquals("The username or password is not correct.", answers.get(0));
        assertTrue(answers.get(5).startsWith("Too many failed attempts: this account is locked."), answers.toString());
    }

    @Test
    void anonymousFormsAreLimitedPerAddress() throws Exception {
        String address = "2001:db8:f10d::1";
        for (int i = 1; i <= 6; i++) {
            PortalClient visitor = new PortalClient(base.toURI(), "en", address);
            Page sent = visitor.submit(visitor.get("/membership/signup.xhtml"), "signup", Map.of("name", "Flood " + i,
                    "email", "flood" + i + "@example.org", "state", "GA", "username", "flood" + i,
                    "password", "a long passphrase", "repeated", "a long passphrase"), "submit");
            if (i <= 5) {
                assertTrue(sent.messages().stream().anyMatch(m -> m.startsWith("Thank you. Check your mailbox")),
                        i + ": " + sent.messages());
            } else {
                assertTrue(sent.messages().stream().anyMatch(m -> m.startsWith("Too many requests from your network")),
                        sent.messages().toString());
            }
        }
        List<String> outbox = signedIn("secretariat").get("/platform/outbox.xhtml").textsIn("mails_data", "td");
        assertTrue(outbox.contains("flood5@example.org"), "the fifth was mailed");
        assertFalse(outbox.contains("flood6@example.org"), "the sixth was neither kept nor mailed");
    }

    private Page freshLogin(String username) throws Exception {
        PortalClient fresh = new PortalClient(base.toURI());
        return fresh.login(username, DEMO_PASSWORD);
    }

    private static String sessionId(PortalClient client) {
        return client.cookies().stream().filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue)
                .findFirst().orElse(null);
    }
}
