package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;
import org.kimberleyprocess.portal.it.PortalClient.Upload;

/** A state's application, from the first step of the wizard to its admission, and who may see what on the way. */
class MembershipIT extends PortalIT {

    static final String PASSWORD = DEMO_PASSWORD;
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] EXE = "MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1);

    static Map<String, String> fields(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void aStateAppliesIsAssessedAndIsAdmitted() throws Exception {
        PortalClient mexico = signedIn("applicant.mx");
        Page overview = mexico.get("/membership/application.xhtml");
        assertEquals("Our application", overview.heading());
        Page step1 = mexico.submit(overview, "start", Map.of(), "startButton");
        assertEquals("Focal point and alternate", step1.text("#stepTitle"));
        String reference = step1.text("#reference");
        assertTrue(reference.matches("KP-\\d{4}-\\d{3}"), reference);

        // Bad input is refused with a clear message and nothing is lost.
        Page badEmail = mexico.submit(step1, "wizard", fields("fpName", "Ana Ruiz", "fpEmail", "not-an-address"),
                "next");
        assertTrue(badEmail.messages().contains("This is not an email address."), badEmail.messages().toString());
        assertEquals("Ana Ruiz", badEmail.html().getElementById("wizard:fpName").val());

        Page step2 = mexico.submit(badEmail, "wizard", fields("fpName", "Ana Ruiz", "fpTitle", "Directora",
                "fpMinistry", "Secretaría de Economía", "fpEmail", "ana.ruiz@example.mx", "fpPhone", "+52 55 1",
                "altName", "Luis Pérez", "altEmail", "luis.perez@example.mx", "altPhone", "+52 55 2"), "next");
        assertEquals("Importing and exporting authorities", step2.text("#stepTitle"));
        Page step3 = mexico.submit(step2, "wizard", fields("importing", "Secretaría de Economía",
                "exporting", "Secretaría de Economía"), "next");
        assertEquals("National legislation and regulations", step3.text("#stepTitle"));

        Page refused = mexico.submitWithFiles(step3, "wizard", fields("legislationTitle", "Ley Aduanera",
                "legislationDate", "2003-05-01"), Map.of("legislationFile",
                new Upload("ley.pdf", "application/pdf", EXE)), "addLegislation");
        assertTrue(refused.messages().stream().anyMatch(m -> m.startsWith("Only PDF, PNG or JPEG files")),
                refused.messages().toString());
        assertTrue(refused.textsIn("wizard:legislation_data", "td").contains("No legislation recorded yet."));

        Page added = mexico.submitWithFiles(refused, "wizard", fields("legislationTitle", "Ley Aduanera",
                "legislationDate", "2003-05-01", "legislationReference", "DOF 2003-05-01"),
                Map.of("legislationFile", new Upload("ley-aduanera.pdf", "application/pdf", PDF)), "addLegislation");
        assertTrue(added.messages().contains("The law has been added to the file."), added.messages().toString());
        assertTrue(added.textsIn("wizard:legislation_data", "td").contains("Ley Aduanera"));
        String documentHref = added.html().selectFirst("a.document-link").attr("href");

        Page step4 = mexico.submit(mexico.get("/membership/wizard.xhtml?step=4"), "wizard", Map.of(), "save");
        Page certificate = mexico.submitWithFiles(step4, "wizard", Map.of(),
                Map.of("certificateFile", new Upload("specimen.png", "image/png", PNG)), "uploadCertificate");
        assertTrue(certificate.messages().contains("The specimen has been added to the file."));

        // Submitting an incomplete file lists what is missing.
        Page early = mexico.get("/membership/application.xhtml");
        Page incomplete = mexico.submit(early, "submitForm", Map.of(), "submit");
        assertTrue(incomplete.messages().stream().anyMatch(m -> m.startsWith("The application is not complete")));
        assertEquals(List.of("the statistics arrangements", "the declaration of commitment"),
                incomplete.texts("#missing li"));
        assertEquals("Draft", incomplete.text("#status"));

        Page step5 = mexico.get("/membership/wizard.xhtml?step=5");
        Page step6 = mexico.submit(step5, "wizard", fields("statistics", "Customs records, quarterly"), "next");
        assertEquals("Declaration of commitment", step6.text("#stepTitle"));
        Page done = mexico.submit(step6, "wizard", fields("declared", "on"), "next");
        assertEquals("Our application", done.heading());
        Page submitted = mexico.submit(done, "submitForm", Map.of(), "submit");
        assertEquals("Submitted", submitted.text("#status"));

        // The file is the applicant's and the assessors' only.
        HttpResponse<byte[]> download = raw(mexico, documentHref);
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        PortalClient ghana = signedIn("applicant.gh");
        assertEquals(404, ghana.api("GET", "/api/v1/applications/" + reference).statusCode(),
                "another state's application is not found, as one that does not exist");
        assertEquals(404, raw(ghana, documentHref).statusCode());
        assertEquals(401, new PortalClient(base.toURI()).api("GET", "/api/v1/applications/" + reference).statusCode());
        PortalClient focal = signedIn("focal.bw");
        assertEquals(403, focal.api("GET", "/api/v1/applications/" + reference).statusCode());

        // The Committee assesses and asks for information.
        PortalClient committee = signedIn("committee");
        Page queue = committee.get("/membership/applications.xhtml");
        assertTrue(queue.texts("a.application-link").contains(reference));
        Page file = committee.get("/membership/file.xhtml?ref=" + reference);
        Page assessing = committee.submit(file, "committee", Map.of(), "startAssessment");
        assertEquals("Under assessment", assessing.text("#status"));
        Page noted = committee.submit(assessing, "committee", Map.of("text", "Customs law looks sufficient"), "note");
        Page asked = committee.submit(noted, "committee", Map.of("text", "Please send the customs regulation"),
                "requestInformation");
        assertEquals("Information requested", asked.text("#status"));

        String forApplicant = mexico.api("GET", "/api/v1/applications/" + reference).body();
        assertTrue(forApplicant.contains("\"status\":\"INFORMATION_REQUESTED\""), forApplicant);
        assertFalse(forApplicant.contains("Customs law looks sufficient"), "internal notes must not reach the applicant");
        JsonObject forCommittee = PublicPagesIT.json(committee.api("GET", "/api/v1/applications/" + reference));
        assertEquals("Customs law looks sufficient", forCommittee.getJsonArray("internalNotes").getString(0));

        // The applicant answers in the portal.
        Page question = mexico.get("/membership/application.xhtml");
        assertEquals("Please send the customs regulation", question.text("#question"));
        Page answered = mexico.submit(question, "answerForm", Map.of("answer", "Attached to the file as step 3"), "send");
        assertEquals("Under assessment", answered.text("#status"));

        // A focal point cannot reach the assessment, the Committee cannot decide.
        Page refusedToFocal = focal.get("/membership/file.xhtml?ref=" + reference);
        assertEquals(403, refusedToFocal.status());
        Page recommended = committee.submit(committee.get("/membership/file.xhtml?ref=" + reference),
                "committee", Map.of("text", "Meets the minimum requirements", "recommendation", "ADMIT"), "recommend");
        assertEquals("Recommended for admission", recommended.text("#status"));
        assertTrue(recommended.html().getElementById("decision") == null, "the Committee has no decision form");

        // The Chair records the decision: Mexico becomes a Participant, its account a focal point.
        ApplicationSteps.adoptedDecision(base.toURI(), "Plenary, Gaborone 2026");
        PortalClient chair = signedIn("chair");
        Page toDecide = chair.get("/membership/file.xhtml?ref=" + reference);
        Page noDate = chair.submit(toDecide, "decision", Map.of("decisionReference", "Plenary, Gaborone 2026"),
                "decide");
        assertTrue(noDate.messages().contains("Give the date of the decision."), noDate.messages().toString());
        Page decided = chair.submit(noDate, "decision", Map.of("outcome", "ADMIT", "kind", "PLENARY",
                "date", "2026-11-05", "decisionReference", "Plenary, Gaborone 2026"), "decide");
        assertEquals("Admitted", decided.text("#status"));

        Page registry = new PortalClient(base.toURI()).get("/registry/participant.xhtml?iso=MX&lang=en");
        assertEquals("Participant", registry.text("#status"));
        assertTrue(registry.textsIn("history", "td").contains("Plenary, Gaborone 2026"));

        PortalClient admitted = new PortalClient(base.toURI());
        Page account = admitted.login("applicant.mx", PASSWORD);
        assertEquals("Focal point", account.text("#roles"));
        assertTrue(account.menu().contains("Our accounts") && !account.menu().contains("Our application"));

        PortalClient secretariat = signedIn("secretariat");
        Page outbox = secretariat.get("/platform/outbox.xhtml");
        List<String> cells = outbox.textsIn("mails_data", "td");
        assertTrue(cells.contains("ana.ruiz@example.mx"), cells.toString());
        assertTrue(cells.contains("Application " + reference + ": Admitted"), cells.toString());
        Page audit = secretariat.get("/platform/audit.xhtml");
        assertTrue(audit.textsIn("audit:events_data", "td").contains("PARTICIPANT_ADMITTED"));
    }

    @Test
    void anonymousVisitorsAndOtherRolesCannotReachTheApplicantPages() throws Exception {
        Page anonymous = new PortalClient(base.toURI()).get("/membership/application.xhtml?lang=en");
        assertEquals("Log in", anonymous.heading());
        PortalClient statistics = signedIn("statistics");
        assertEquals(403, statistics.get("/membership/application.xhtml").status());
        assertEquals(403, statistics.get("/membership/applications.xhtml").status());
        assertFalse(statistics.get("/index.xhtml").menu().contains("Applications"));
    }

    private HttpResponse<byte[]> raw(PortalClient client, String href) throws Exception {
        return client.bytes(href);
    }
}
