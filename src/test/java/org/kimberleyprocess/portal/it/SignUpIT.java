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

/**
 * The whole way in: a representative of an applicant state signs up, verifies the address, the Secretariat
 * confirms; the representative files the application, which is assessed and admitted; the state is a
 * Participant and the representative its focal point.
 */
class SignUpIT extends PortalIT {

    static Map<String, String> form(String username, String state, String password, String repeated) {
        return Map.of("name", "Kari Nordmann", "email", "kari@example.no", "state", state, "username", username,
                "password", password, "repeated", repeated);
    }

    @Test
    void fromSignUpToAdmission() throws Exception {
        PortalClient visitor = new PortalClient(base.toURI());
        Page signup = visitor.get("/membership/signup.xhtml?lang=es");
        assertEquals("Inscripción por un Estado solicitante", signup.heading());

        Page mismatch = visitor.submit(signup, "signup", form("rep.no", "NO", "a long passphrase", "another"), "submit");
        assertTrue(mismatch.messages().contains("Las dos nuevas contraseñas no coinciden."), mismatch.messages().toString());
        // a username that is taken is answered like any sign-up (the page tells nobody which names exist); the
        // account that holds it is told by mail, and nothing is stored
        Page taken = visitor.submit(mismatch, "signup", form("chair", "NO", "a long passphrase", "a long passphrase"),
                "submit");
        assertTrue(taken.messages().stream().anyMatch(m -> m.startsWith("Gracias. Consulte su buzón en kari@example.no")),
                taken.messages().toString());
        List<String> mails = ApplicationSteps.loggedIn(base.toURI(), "secretariat").get("/platform/outbox.xhtml")
                .textsIn("mails_data", "td");
        assertTrue(mails.stream().anyMatch(t -> t.contains("Someone asked the KPCS Portal for a new account with the"
                + " username chair")), mails.toString());
        assertFalse(mails.stream().anyMatch(t -> t.contains("signup-verify") && t.contains("Noruega")),
                "no link is sent for a taken name");

        Page fresh = visitor.get("/membership/signup.xhtml");
        assertTrue(fresh.within("signup:state", "option").eachAttr("value").contains("NO"));
        assertTrue(!fresh.within("signup:state", "option").eachAttr("value").contains("BW"),
                "a Participant is not offered");

        Page sent = visitor.submit(fresh, "signup", form("rep.no", "NO", "a long passphrase", "a long passphrase"),
                "submit");
        assertTrue(sent.messages().stream().anyMatch(m -> m.startsWith("Gracias. Consulte su buzón en kari@example.no")),
                sent.messages().toString());
        assertEquals("Log in", new PortalClient(base.toURI()).login("rep.no", "a long passphrase").heading(),
                "no account before the Secretariat confirms");

        PortalClient secretariat = new PortalClient(base.toURI());
        secretariat.get("/?lang=en");
        secretariat.login("secretariat", DEMO_PASSWORD);
        String mail = secretariat.get("/platform/outbox.xhtml").textsIn("mails_data", "td").stream()
                .filter(t -> t.contains("signup-verify.xhtml?token=")).findFirst().orElseThrow();
        assertTrue(mail.contains("Noruega"), mail);
        Matcher link = Pattern.compile("signup-verify\\.xhtml\\?token=([0-9a-f]+)").matcher(mail);
        assertTrue(link.find(), mail);

        // a mail scanner that opens the link confirms nothing: the sign-up does not reach the Secretariat
        Page opened = new PortalClient(base.toURI(), "es").get("/membership/signup-verify.xhtml?token=" + link.group(1));
        assertNotNull(opened.html().getElementById("verify:confirm"), "the page offers a button");
        assertTrue(opened.html().getElementById("verified") == null);
        assertFalse(secretariat.get("/membership/registrations.xhtml").within("registrations:awaiting_data", "tr")
                .text().contains("rep.no"), "opening the link alone verified the address");
        Page verified = ApplicationSteps.verifyAddress(visitor, link.group(1));
        assertNotNull(verified.html().getElementById("verified"), verified.messages().toString());
        Page reused = ApplicationSteps.verifyAddress(visitor, link.group(1));
        assertTrue(reused.messages().contains("Este enlace no es válido (puede que ya se haya utilizado)."),
                reused.messages().toString());

        Page queue = secretariat.get("/membership/registrations.xhtml");
        org.jsoup.nodes.Element row = queue.within("registrations:awaiting_data", "tr").stream()
                .filter(r -> r.text().contains("rep.no")).findFirst().orElseThrow();
        assertTrue(row.text().contains("Norway"), row.text());
        String confirm = row.selectFirst("input.confirm").id();
        Page confirmed = secretariat.submit(queue, "registrations", Map.of(), confirm);
        assertTrue(confirmed.messages().contains("The sign-up is confirmed and the account created."),
                confirmed.messages().toString());

        PortalClient representative = new PortalClient(base.toURI());
        representative.get("/?lang=en");
        Page account = representative.login("rep.no", "a long passphrase");
        assertEquals("My account", account.heading());
        assertEquals("Applicant", account.text("#roles"));
        assertEquals("Norway", account.text("#actsFor"));
        assertTrue(account.menu().contains("Our application"));
        List<String> outbox = secretariat.get("/platform/outbox.xhtml").textsIn("mails_data", "td");
        assertTrue(outbox.contains("Su cuenta del Portal del SCPK está lista"), outbox.toString());

        String reference = ApplicationSteps.fileAndSubmit(representative, "kari@example.no");
        ApplicationSteps.assessAndAdmit(base.toURI(), reference, "Written procedure 2026/9");
        Page norway = new PortalClient(base.toURI()).get("/registry/participant.xhtml?iso=NO&lang=en");
        assertEquals("Participant", norway.text("#status"));
        assertTrue(norway.textsIn("history", "td").contains("Written procedure 2026/9"));
        Page inRussian = new PortalClient(base.toURI()).get("/registry/participant.xhtml?iso=NO&lang=ru");
        assertTrue(inRussian.textsIn("history", "td").contains("Принят по заявке " + reference),
                inRussian.textsIn("history", "td").toString());
        assertFalse(inRussian.html().text().contains("rep.no"), "no username in the public history");
        PortalClient again = new PortalClient(base.toURI());
        again.get("/?lang=en");
        assertEquals("Focal point", again.login("rep.no", "a long passphrase").text("#roles"));
    }
}
