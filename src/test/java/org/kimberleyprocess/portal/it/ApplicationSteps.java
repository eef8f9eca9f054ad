package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kimberleyprocess.portal.it.PortalClient.Page;
import org.kimberleyprocess.portal.it.PortalClient.Upload;

/** The steps of the membership procedure as people take them in the portal, for tests of whole flows. */
final class ApplicationSteps {

    private ApplicationSteps() {
    }

    /** The applicant (logged in, in English) fills in the whole file and submits it; returns its reference. */
    static String fileAndSubmit(PortalClient applicant, String email) {
        Page start = applicant.get("/membership/application.xhtml");
        Page step1 = applicant.submit(start, "start", Map.of(), "startButton");
        String reference = step1.text("#reference");
        Page step2 = applicant.submit(step1, "wizard", Map.of("fpName", "Focal Point", "fpEmail", email,
                "fpPhone", "+1 555 0100", "altName", "Alternate", "altEmail", "alt." + email, "altPhone",
                "+1 555 0101"), "next");
        Page step3 = applicant.submit(step2, "wizard", Map.of("importing", "Customs", "exporting", "Mines"), "next");
        Page withLaw = applicant.submitWithFiles(step3, "wizard", Map.of("legislationTitle", "Rough Diamonds Act",
                "legislationDate", "2004-01-01"), Map.of("legislationFile",
                new Upload("act.pdf", "application/pdf", MembershipIT.PDF)), "addLegislation");
        Page step4 = applicant.submit(withLaw, "wizard", Map.of(), "next");
        Page withSpecimen = applicant.submitWithFiles(step4, "wizard", Map.of(),
                Map.of("certificateFile", new Upload("specimen.png", "image/png", MembershipIT.PNG)),
                "uploadCertificate");
        Page step5 = applicant.submit(withSpecimen, "wizard", Map.of(), "next");
        Page step6 = applicant.submit(step5, "wizard", Map.of("statistics", "Customs, quarterly"), "next");
        Page overview = applicant.submit(step6, "wizard", Map.of("declared", "on"), "next");
        Page submitted = applicant.submit(overview, "submitForm", Map.of(), "submit");
        assertEquals("Submitted", submitted.text("#status"), submitted.messages().toString());
        return reference;
    }

    /** The Committee assesses and recommends admission; the Chair records the admission. */
    static void assessAndAdmit(URI base, String reference, String decisionReference) {
        adoptedDecision(base, decisionReference);
        PortalClient committee = loggedIn(base, "committee");
        Page file = committee.get("/membership/file.xhtml?ref=" + reference);
        Page assessing = committee.submit(file, "committee", Map.of(), "startAssessment");
        Page recommended = committee.submit(assessing, "committee", Map.of("text", "Meets the minimum requirements",
                "recommendation", "ADMIT"), "recommend");
        assertEquals("Recommended for admission", recommended.text("#status"));
        PortalClient chair = loggedIn(base, "chair");
        Page decided = chair.submit(chair.get("/membership/file.xhtml?ref=" + reference), "decision",
                Map.of("outcome", "ADMIT", "kind", "WRITTEN_PROCEDURE", "date", "2026-11-20",
                        "decisionReference", decisionReference), "decide");
        assertEquals("Admitted", decided.text("#status"));
    }

    /**
     * A representative of an applicant state signs up, follows the mailed link, the Secretariat confirms, and the
     * new account logs in (in English); returns its client. Each caller uses a state of its own.
     */
    static PortalClient signedUpApplicant(URI base, String username, String iso, String password) {
        PortalClient visitor = new PortalClient(base);
        visitor.get("/?lang=en");
        Page sent = visitor.submit(visitor.get("/membership/signup.xhtml"), "signup", Map.of("name", "Representative " + iso,
                "email", username + "@example.org", "state", iso, "username", username, "password", password,
                "repeated", password), "submit");
        assertEquals(List.of(), sent.html().select(".ui-messages-error-summary").eachText(), "sign-up refused");
        PortalClient secretariat = loggedIn(base, "secretariat");
        String mail = secretariat.get("/platform/outbox.xhtml").within("mails_data", "tr").eachText().stream()
                .filter(t -> t.contains("signup-verify.xhtml?token=") && t.contains(username + "@example.org"))
                .findFirst().orElseThrow();
        Matcher link = Pattern.compile("signup-verify\\.xhtml\\?token=([0-9a-f]+)").matcher(mail);
        assertTrue(link.find(), mail);
        verifyAddress(visitor, link.group(1));
        Page queue = secretariat.get("/membership/registrations.xhtml");
        org.jsoup.nodes.Element row = queue.within("registrations:awaiting_data", "tr").stream()
                .filter(r -> r.text().contains(username)).findFirst().orElseThrow();
        secretariat.submit(queue, "registrations", Map.of(), row.selectFirst("input.confirm").id());
        PortalClient applicant = new PortalClient(base);
        applicant.get("/?lang=en");
        assertEquals("My account", applicant.login(username, password).heading());
        return applicant;
    }

    /**
     * The person opens the mailed link and confirms the address with the page's button (opening the link alone
     * confirms nothing); returns the page that answers.
     */
    static Page verifyAddress(PortalClient visitor, String token) {
        Page opened = visitor.get("/membership/signup-verify.xhtml?token=" + token);
        if (opened.html().getElementById("verify") == null) {
            return opened;
        }
        return visitor.submit(opened, "verify", Map.of(), "confirm");
    }

    /**
     * An adopted decision of the Plenary under this reference, as the pages that record a decision require: drafted by
     * the Secretariat, agreed at a meeting and given its five texts over the API, then adopted. Made once.
     */
    static void adoptedDecision(URI base, String reference) {
        adoptedDecision(loggedIn(base, "secretariat"), reference);
    }

    /** The same, by a Secretariat's session already open. */
    static void adoptedDecision(PortalClient secretariat, String reference) {
        java.net.http.HttpResponse<String> all = secretariat.api("GET", "/api/v1/decisions?lang=en");
        if (all.body().contains("\"reference\":\"" + reference.replace("\"", "\\\"") + "\"")) {
            return;
        }
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        String meeting = json(secretariat.api("POST", "/api/v1/meetings", jakarta.json.Json.createObjectBuilder()
                .add("kind", "INTERSESSIONAL").add("title", "Meeting of " + reference).add("place", "Kimberley")
                .add("startsOn", today.minusDays(2).toString()).add("endsOn", today.toString()).build()
                .toString()), 201).get("id").toString();
        String id = json(secretariat.api("POST", "/api/v1/decisions", jakarta.json.Json.createObjectBuilder()
                .add("reference", reference).add("kind", "ADMINISTRATIVE_DECISION").add("title", "Decision " + reference)
                .add("text", "The Participants decide.").build().toString()), 201).get("id").toString();
        json(secretariat.api("POST", "/api/v1/decisions/" + id + "/agreement", "{\"meeting\": " + meeting + "}"), 200);
        for (String lang : List.of("fr", "pt", "es", "ru")) {
            json(secretariat.api("PUT", "/api/v1/decisions/" + id + "/texts/" + lang, jakarta.json.Json
                    .createObjectBuilder().add("title", "Décision — Решение " + reference + " " + lang)
                    .add("text", "Texte — текст " + lang).build().toString()), 200);
        }
        json(secretariat.api("POST", "/api/v1/decisions/" + id + "/adoption", ""), 200);
    }

    private static jakarta.json.JsonObject json(java.net.http.HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readObject();
    }

    static PortalClient loggedIn(URI base, String username) {
        PortalClient client = new PortalClient(base);
        client.get("/?lang=en");
        assertEquals("My account", client.login(username, "kimberley-demo").heading());
        return client;
    }
}
