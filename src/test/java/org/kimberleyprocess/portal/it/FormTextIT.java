package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;

/**
 * Text in the five languages goes into every kind of form as a browser sends it (form-encoded UTF-8 without a
 * charset) and comes back exactly as typed, on the page that shows it. Uses the demonstration procedures of the
 * first start (the Philippines submitted, Burkina Faso asked a question, Cyprus recommended).
 */
class FormTextIT extends PortalIT {

    /** Letters of the five languages, quotes and a typographic apostrophe. */
    static final String TEXT = "Côte d'Ivoire · São Tomé e Príncipe · Кот-д’Ивуар · é ç ã ñ ü Ё Й ж « »";

    static String reference(int number) {
        return String.format("KP-%d-%03d", LocalDate.now(ZoneOffset.UTC).getYear(), number);
    }

    @Test
    void aCommitteeNoteKeepsEveryLetter() throws Exception {
        PortalClient committee = signedIn("committee");
        String philippines = reference(1);
        Page file = committee.get("/membership/file.xhtml?ref=" + philippines);
        Page noted = committee.submit(file, "committee", Map.of("text", "Note: " + TEXT), "note");
        assertTrue(noted.textsIn("notes", "td").contains("Note: " + TEXT), noted.textsIn("notes", "td").toString());
        String json = committee.api("GET", "/api/v1/applications/" + philippines).body();
        assertTrue(json.contains("Note: " + TEXT), json);
    }

    @Test
    void anApplicantsAnswerKeepsEveryLetter() throws Exception {
        PortalClient burkina = signedIn("applicant.bf");
        Page question = burkina.get("/membership/application.xhtml");
        assertEquals("Information requested", question.text("#status"));
        Page answered = burkina.submit(question, "answerForm", Map.of("answer", "Réponse : " + TEXT), "send");
        assertEquals("Under assessment", answered.text("#status"), answered.messages().toString());
        assertTrue(answered.textsIn("history", "td").contains("Réponse : " + TEXT));
        Page file = signedIn("committee").get("/membership/file.xhtml?ref=" + reference(2));
        assertTrue(file.textsIn("requests", "td").contains("Réponse : " + TEXT), file.textsIn("requests", "td").toString());
    }

    @Test
    void contactsKeepEveryLetter() throws Exception {
        PortalClient secretariat = signedIn("secretariat");
        Page form = secretariat.get("/registry/contacts.xhtml?iso=NA");
        Map<String, String> fields = new HashMap<>();
        fields.put("entries:1:name", "Nom " + TEXT);
        fields.put("entries:1:organisation", "Ministère « Кот-д’Ивуар »");
        Page saved = secretariat.submit(form, "contacts", fields, "save");
        assertTrue(saved.messages().contains("The contacts have been saved."), saved.messages().toString());
        List<String> cells = secretariat.get("/registry/participant.xhtml?iso=NA").textsIn("contacts", "td");
        assertTrue(cells.contains("Nom " + TEXT) && cells.contains("Ministère « Кот-д’Ивуар »"), cells.toString());
    }

    @Test
    void aRegistryDecisionKeepsEveryLetter() throws Exception {
        ApplicationSteps.adoptedDecision(base.toURI(), "Décision administrative 2026/7 ж");
        ApplicationSteps.adoptedDecision(base.toURI(), "Решение 2026/8");
        PortalClient chair = signedIn("chair");
        Page suspended = chair.submit(chair.get("/registry/participant.xhtml?iso=TZ"), "statusChange", Map.of("next",
                "SUSPENDED", "date", "2026-02-01", "decision", "Décision administrative 2026/7 ж",
                "reason", "Motivo: " + TEXT), "change");
        assertEquals("Suspended", suspended.text("#status"), suspended.messages().toString());
        chair.submit(suspended, "statusChange", Map.of("next", "PARTICIPANT", "date", "2026-02-15",
                "decision", "Решение 2026/8", "reason", "Rapport reçu"), "change");
        List<String> history = new PortalClient(base.toURI()).get("/registry/participant.xhtml?iso=TZ&lang=en")
                .textsIn("history", "td");
        assertTrue(history.contains("Motivo: " + TEXT) && history.contains("Décision administrative 2026/7 ж")
                && history.contains("Решение 2026/8") && history.contains("Rapport reçu"), history.toString());
    }

    @Test
    void anObserverRequestKeepsEveryLetter() throws Exception {
        PortalClient visitor = new PortalClient(base.toURI());
        Page form = visitor.get("/membership/observer-apply.xhtml?lang=fr");
        Map<String, String> fields = new HashMap<>(Map.of("organisation", "Réseau « Diamants équitables » ж",
                "kind", "CIVIL_SOCIETY", "motivation", TEXT, "delegate", "Aïssatou Ñúñez-Ёлкина",
                "email", "aissatou@example.org", "username", "observer.rde", "password", "une longue phrase",
                "repeated", "une longue phrase"));
        Page sent = visitor.submit(form, "request", fields, "submit");
        assertTrue(sent.messages().stream().anyMatch(m -> m.startsWith("La demande a été envoyée")),
                sent.messages().toString());
        Page queue = signedIn("chair").get("/registry/observer-requests.xhtml");
        String row = queue.within("requests:pending_data", "tr").stream().map(r -> r.text())
                .filter(t -> t.contains("Réseau « Diamants équitables » ж")).findFirst().orElseThrow();
        assertTrue(row.contains(TEXT) && row.contains("Aïssatou Ñúñez-Ёлкина"), row);
    }

    @Test
    void aSignUpWithAPasswordInCyrillicKeepsEveryLetterAndLogsIn() throws Exception {
        String password = "Пароль Côte ñandú « 2026 »";
        PortalClient visitor = new PortalClient(base.toURI());
        Page form = visitor.get("/membership/signup.xhtml?lang=ru");
        Page sent = visitor.submit(form, "signup", Map.of("name", "Moussa Traoré — Мусса Траоре", "email",
                "moussa.traore@example.ml", "state", "ML", "username", "rep.ml", "password", password,
                "repeated", password), "submit");
        assertTrue(sent.messages().stream().anyMatch(m -> m.contains("moussa.traore@example.ml")),
                sent.messages().toString());

        PortalClient secretariat = signedIn("secretariat");
        String mail = secretariat.get("/platform/outbox.xhtml").textsIn("mails_data", "td").stream()
                .filter(t -> t.contains("signup-verify.xhtml?token=") && t.contains("Мали")).findFirst()
                .orElseThrow();
        Matcher link = Pattern.compile("signup-verify\\.xhtml\\?token=([0-9a-f]+)").matcher(mail);
        assertTrue(link.find(), mail);
        assertNotNull(ApplicationSteps.verifyAddress(visitor, link.group(1)).html().getElementById("verified"));

        Page queue = secretariat.get("/membership/registrations.xhtml");
        org.jsoup.nodes.Element row = queue.within("registrations:awaiting_data", "tr").stream()
                .filter(r -> r.text().contains("rep.ml")).findFirst().orElseThrow();
        assertTrue(row.text().contains("Moussa Traoré — Мусса Траоре"), row.text());
        secretariat.submit(queue, "registrations", Map.of(), row.selectFirst("input.confirm").id());

        PortalClient representative = new PortalClient(base.toURI());
        representative.get("/?lang=en");
        Page account = representative.login("rep.ml", password);
        assertEquals("My account", account.heading(), account.messages().toString());
        assertEquals("Mali", account.text("#actsFor"));
    }

    @Test
    void theChairsDecisionKeepsEveryLetterAndTheNewParticipantsDirectoryStartsFromItsApplication()
            throws Exception {
        ApplicationSteps.adoptedDecision(base.toURI(), "Procédure écrite 2026/5 — Письменная процедура");
        PortalClient chair = signedIn("chair");
        String cyprus = reference(3);
        Page file = chair.get("/membership/file.xhtml?ref=" + cyprus);
        assertEquals("Recommended for admission", file.text("#status"));
        Page decided = chair.submit(file, "decision", Map.of("outcome", "ADMIT", "kind", "WRITTEN_PROCEDURE",
                "date", "2026-11-20", "decisionReference", "Procédure écrite 2026/5 — Письменная процедура"),
                "decide");
        assertEquals("Admitted", decided.text("#status"), decided.messages().toString());

        URI root = base.toURI();
        List<String> history = new PortalClient(root).get("/registry/participant.xhtml?iso=CY&lang=en").textsIn("history", "td");
        assertTrue(history.contains("Procédure écrite 2026/5 — Письменная процедура"), history.toString());

        List<String> publicCells = new PortalClient(root).get("/registry/participant.xhtml?iso=CY&lang=en")
                .textsIn("contacts", "td");
        assertTrue(publicCells.stream().noneMatch(c -> c.contains("Eleni Georgiou")),
                "seeded contacts stay KP-only: " + publicCells);
        List<String> kpCells = signedIn("secretariat").get("/registry/participant.xhtml?iso=CY").textsIn("contacts", "td");
        assertTrue(kpCells.contains("Eleni Georgiou") && kpCells.contains("eleni.georgiou@example.cy")
                && kpCells.contains("Andreas Christodoulou") && kpCells.contains("Department of Customs and Excise"),
                kpCells.toString());

        PortalClient focal = new PortalClient(root);
        focal.get("/?lang=en");
        assertEquals("Focal point", focal.login("applicant.cy", DEMO_PASSWORD).text("#roles"));
        Page own = focal.get("/registry/contacts.xhtml");
        assertEquals("Eleni Georgiou", own.html().getElementById("contacts:entries:0:name").val());
        List<String> outbox = signedIn("secretariat").get("/platform/outbox.xhtml").textsIn("mails_data", "td");
        assertTrue(outbox.stream().anyMatch(t -> t.contains("Your contacts directory has been filled in")),
                outbox.toString());
    }

    @Test
    void theApplicantSeesOfficesWhereTheCommitteeSeesAccounts() throws Exception {
        PortalClient applicant = signedIn("applicant.ph");
        Page own = applicant.get("/membership/application.xhtml");
        List<String> cells = own.textsIn("history", "td");
        assertTrue(cells.contains("Applicant state"), cells.toString());
        assertTrue(cells.stream().noneMatch(c -> c.contains("applicant.ph") || c.contains("committee")),
                cells.toString());

        PortalClient committee = signedIn("committee");
        Page started = committee.submit(committee.get("/membership/file.xhtml?ref=" + reference(1)),
                "committee", Map.of(), "startAssessment");
        assertEquals("Under assessment", started.text("#status"));
        assertTrue(started.textsIn("history", "td").contains("Participation Committee (committee)"),
                started.textsIn("history", "td").toString());
        List<String> applicantView = applicant.get("/membership/application.xhtml").textsIn("history", "td");
        assertTrue(applicantView.contains("Participation Committee"), applicantView.toString());
        assertTrue(applicantView.stream().noneMatch(c -> c.contains("(committee)")), applicantView.toString());
    }
}
