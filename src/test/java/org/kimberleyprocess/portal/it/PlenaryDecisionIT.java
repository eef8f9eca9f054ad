package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;

/**
 * The Plenary's decisions in the running portal: an objection stops a written procedure; the deadline is judged on
 * the server's clock (moved by the test) without anyone acting; a decision with four translations is not adopted
 * (Rule 26) and never reaches the public list; an adopted removal changes the registry and the access of a session
 * opened before it; the demonstration's Sun City decisions are public in the five languages.
 */
class PlenaryDecisionIT extends PortalIT {

    static final String[][] TRANSLATIONS = {
        {"fr", "Retrait de la République tchèque", "La République tchèque est retirée de la liste des Participants ; elle peut présenter une nouvelle demande."},
        {"pt", "Remoção da República Checa", "A República Checa é retirada da lista de Participantes; pode apresentar um novo pedido."},
        {"es", "Exclusión de la República Checa", "La República Checa queda excluida de la lista de Participantes; podrá presentar una nueva solicitud."},
        {"ru", "Исключение Чешской Республики", "Чешская Республика исключается из списка Участников; она может подать новую заявку."}};

    private PortalClient script() throws Exception {
        return new PortalClient(base.toURI());
    }

    private static List<JsonObject> objects(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class);
    }

    private long draft(Map<String, String> token, String reference, String... more) throws Exception {
        String[] pairs = new String[6 + more.length];
        System.arraycopy(new String[] {"reference", reference, "kind", "ADMINISTRATIVE_DECISION", "title",
            "Decision " + reference}, 0, pairs, 0, 6);
        System.arraycopy(more, 0, pairs, 6, more.length);
        String[] all = java.util.Arrays.copyOf(pairs, pairs.length + 2);
        all[pairs.length] = "text";
        all[pairs.length + 1] = "The Participants decide as follows.";
        return json(script().api("POST", "/api/v1/decisions", body(all), token), 201).getJsonNumber("id").longValue();
    }

    private long pastMeeting(Map<String, String> secretariat, String title) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return json(script().api("POST", "/api/v1/meetings", body("kind", "INTERSESSIONAL", "title", title,
                "place", "Genève", "startsOn", today.minusDays(3).toString(), "endsOn", today.toString()),
                secretariat), 201).getJsonNumber("id").longValue();
    }

    @Test
    void anObjectionStopsAWrittenProcedure() throws Exception {
        Map<String, String> chair = tokenOf("chair");
        long id = draft(chair, "AD 2026/81");
        String deadline = LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();
        JsonObject circulated = json(script().api("POST", "/api/v1/decisions/" + id + "/circulation",
                body("deadline", deadline), chair), 200);
        assertEquals("WRITTEN_PROCEDURE", circulated.getString("status"));
        assertEquals(404, script().api("GET", "/api/v1/decisions/" + id).statusCode(), "the public sees no draft");
        assertEquals(403, script().api("POST", "/api/v1/decisions/" + id + "/objections",
                body("reason", "Non"), tokenOf("secretariat")).statusCode(), "the Secretariat does not object");

        String reason = "Le Botswana s’oppose : le texte doit d’abord être examiné par le groupe de travail.";
        JsonObject objected = json(script().api("POST", "/api/v1/decisions/" + id + "/objections",
                body("reason", reason), tokenOf("focal.bw")), 200);
        assertEquals("DRAFT", objected.getString("status"), "the procedure has ended");
        JsonObject objection = objected.getJsonArray("objections").getJsonObject(0);
        assertEquals("BW", objection.getString("isoCode"));
        assertEquals(reason, objection.getString("reason"));
        assertEquals(400, script().api("POST", "/api/v1/decisions/" + id + "/objections",
                body("reason", "Encore"), tokenOf("focal.bw")).statusCode(), "nothing left to object to");

        // The objection is on the decision's page, in the reader's language, for the Scheme's accounts.
        PortalClient focal = ApplicationSteps.loggedIn(base.toURI(), "focal.bw");
        Page page = focal.get("/plenary/decision.xhtml?id=" + id + "&lang=fr");
        assertEquals("Projet", page.text("#status"));
        assertTrue(page.text("#objections").contains(reason), page.text("#objections"));
        assertTrue(page.html().select("#object").isEmpty(), "no objection form outside a written procedure");
        assertEquals(404, script().get("/plenary/decision.xhtml?id=" + id).status());
    }

    @Test
    void theDeadlineIsJudgedOnTheServersClockWithoutAnyoneActing() throws Exception {
        Map<String, String> chair = tokenOf("chair");
        Map<String, String> secretariat = tokenOf("secretariat");
        long id = draft(chair, "AD 2026/82");
        LocalDate deadline = LocalDate.now(ZoneOffset.UTC).plusDays(3);
        json(script().api("POST", "/api/v1/decisions/" + id + "/circulation", body("deadline", deadline.toString()),
                chair), 200);
        PortalClient clock = ApplicationSteps.loggedIn(base.toURI(), "secretariat");
        try {
            assertEquals(204, clock.api("PUT", "/api/v1/test/clock",
                    body("now", deadline + "T23:59:00Z")).statusCode());
            assertEquals("WRITTEN_PROCEDURE", json(script().api("GET", "/api/v1/decisions/" + id, secretariat), 200)
                    .getString("status"), "objections run until the deadline's date ends (UTC)");
            assertEquals(204, clock.api("PUT", "/api/v1/test/clock",
                    body("now", deadline.plusDays(1) + "T00:00:30Z")).statusCode());
            JsonObject agreed = json(script().api("GET", "/api/v1/decisions/" + id, secretariat), 200);
            assertEquals("AGREED", agreed.getString("status"));
            assertEquals("WRITTEN_PROCEDURE", agreed.getString("agreedBy"));
            assertEquals(deadline.toString(), agreed.getString("agreedOn"));
            assertEquals(400, script().api("POST", "/api/v1/decisions/" + id + "/objections",
                    body("reason", "Trop tard"), tokenOf("focal.bw")).statusCode(), "too late to object");
        } finally {
            assertEquals(204, clock.api("DELETE", "/api/v1/test/clock", "").statusCode());
        }
    }

    @Test
    void aRemovalWithFourTranslationsIsRefusedAndWithFiveChangesTheRegistryAndOpenSessions() throws Exception {
        PortalClient applicant = ApplicationSteps.signedUpApplicant(base.toURI(), "rep.cz", "CZ", "a long passphrase");
        String file = ApplicationSteps.fileAndSubmit(applicant, "fp@example.cz");
        ApplicationSteps.assessAndAdmit(base.toURI(), file, "Written procedure 2026/31");
        PortalClient czechia = new PortalClient(base.toURI());
        czechia.get("/?lang=en");
        assertEquals("My account", czechia.login("rep.cz", "a long passphrase").heading());
        assertTrue(czechia.get("/accounts/index.xhtml").text("#roles").contains("Focal point"));

        Map<String, String> secretariat = tokenOf("secretariat");
        long id = draft(secretariat, "AD 2026/83", "effectIso", "CZ", "effectStatus", "REMOVED");
        long meeting = pastMeeting(secretariat, "Réunion intersessions de Genève");
        json(script().api("POST", "/api/v1/decisions/" + id + "/agreement",
                Json.createObjectBuilder().add("meeting", meeting).build().toString(), secretariat), 200);
        for (String[] t : List.of(TRANSLATIONS).subList(0, 3)) {
            json(script().api("PUT", "/api/v1/decisions/" + id + "/texts/" + t[0], body("title", t[1], "text", t[2]),
                    secretariat), 200);
        }
        HttpResponse<String> refused = script().api("POST", "/api/v1/decisions/" + id + "/adoption", "",
                Map.of("Authorization", secretariat.get("Authorization"), "Accept-Language", "es"));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Русский") && refused.body().contains("artículo 26"), refused.body());
        JsonObject stillAgreed = json(script().api("GET", "/api/v1/decisions/" + id, secretariat), 200);
        assertEquals("AGREED", stillAgreed.getString("status"));
        assertEquals(List.of("RU"), stillAgreed.getJsonArray("missing").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("PARTICIPANT", json(script().api("GET", "/api/v1/registry/participants/CZ"), 200)
                .getString("status"), "nothing changed in the registry");
        assertFalse(objects(script().api("GET", "/api/v1/decisions?lang=fr")).stream()
                .anyMatch(d -> d.getString("reference").equals("AD 2026/83")), "not public before adoption");

        String[] ru = TRANSLATIONS[3];
        json(script().api("PUT", "/api/v1/decisions/" + id + "/texts/ru", body("title", ru[1], "text", ru[2]),
                secretariat), 200);
        JsonObject adopted = json(script().api("POST", "/api/v1/decisions/" + id + "/adoption", "", secretariat), 200);
        assertEquals("ADOPTED", adopted.getString("status"));

        JsonObject cz = json(script().api("GET", "/api/v1/registry/participants/CZ"), 200);
        assertEquals("REMOVED", cz.getString("status"));
        assertTrue(cz.toString().contains("AD 2026/83"), "the status history names the decision: " + cz);
        Page next = czechia.get("/registry/contacts.xhtml");
        assertEquals("Log in", next.heading(), "the session opened before the removal ends at its next request");

        JsonObject published = objects(script().api("GET", "/api/v1/decisions?year="
                + LocalDate.now(ZoneOffset.UTC).getYear() + "&lang=ru")).stream()
                .filter(d -> d.getString("reference").equals("AD 2026/83")).findFirst().orElseThrow();
        assertEquals(ru[1], published.getString("title"));
        assertEquals(ru[2], published.getString("text"));
        assertEquals("ru", published.getString("language"));
        assertEquals(400, script().api("PUT", "/api/v1/decisions/" + id + "/texts/fr", body("title", "Autre",
                "text", "Autre"), secretariat).statusCode(), "an adopted decision never changes");

        // The way back is a new application: the Czech Republic is an applicant again, as the other tests expect of 2003's.
        PortalClient chair = ApplicationSteps.loggedIn(base.toURI(), "chair");
        Page back = chair.submit(chair.get("/registry/participant.xhtml?iso=CZ"), "statusChange", Map.of("next", "APPLICANT",
                "date", LocalDate.now(ZoneOffset.UTC).toString(), "decision", "AD 2026/83",
                "reason", "New application"), "change");
        assertTrue(back.messages().contains("The change of status has been recorded."), back.messages().toString());
    }

    @Test
    void theSunCityDecisionsArePublicInFiveLanguagesAndTheWrittenProcedureIsNot() throws Exception {
        for (String lang : List.of("en", "fr", "pt", "es", "ru")) {
            List<JsonObject> of2003 = objects(script().api("GET", "/api/v1/decisions?year=2003&lang=" + lang));
            assertEquals(List.of("AD 2003/1", "AD 2003/2", "AD 2003/3", "Communiqué 2003"),
                    of2003.stream().map(d -> d.getString("reference")).sorted().toList(), lang);
            assertTrue(of2003.stream().allMatch(d -> d.getString("language").equals(lang)));
        }
        JsonObject peerReview = objects(script().api("GET", "/api/v1/decisions?year=2003&lang=es")).stream()
                .filter(d -> d.getString("reference").equals("AD 2003/3")).findFirst().orElseThrow();
        assertEquals("Mecanismo de examen entre pares", peerReview.getString("title"));
        assertEquals("2003-12-15", peerReview.getString("date"));
        assertFalse(objects(script().api("GET", "/api/v1/decisions")).stream()
                .anyMatch(d -> d.getString("reference").equals("AD 2026/1")), "in written procedure: not public");

        Page list = script().get("/plenary/decisions.xhtml?lang=ru");
        assertEquals("Решения Пленарного заседания", list.heading());
        assertFalse(list.text("#decisions").contains("AD 2026/1"));
        PortalClient focal = ApplicationSteps.loggedIn(base.toURI(), "focal.bw");
        Page kp = focal.get("/plenary/decisions.xhtml?lang=pt");
        assertTrue(kp.text("#decisions").contains("AD 2026/1"), "the Scheme's accounts see the written procedure");
        assertTrue(kp.text("#decisions").contains("Em procedimento escrito"), kp.text("#decisions"));

        Page meetings = script().get("/plenary/meetings.xhtml?lang=fr");
        String sunCity = meetings.html().select("#meetings a").stream()
                .filter(a -> a.text().contains("Sun City")).findFirst().orElseThrow().attr("href");
        Page meeting = script().get("/plenary/meeting.xhtml?lang=fr&id=" + sunCity.replaceAll(".*[?&]id=([0-9]+).*", "$1"));
        assertTrue(meeting.text("#participants").contains("Botswana"), meeting.text("#participants"));
        assertTrue(meeting.text("#observers").contains("Global Witness"));
        assertEquals(4, meeting.html().select("#decisions li").size(), meeting.text("#decisions"));
    }

    @Test
    void theLibraryGivesThePublicPublicDocumentsOnlyAndTheSecretariatAddsOneInFrench() throws Exception {
        List<String> publicTitles = objects(script().api("GET", "/api/v1/documents?year=2003")).stream()
                .map(d -> d.getString("title")).toList();
        assertTrue(publicTitles.contains("Final communiqué, Kimberley Process Plenary, Sun City 2003"), publicTitles.toString());
        assertFalse(publicTitles.stream().anyMatch(t -> t.contains("Central African Republic")), "KP only");
        List<JsonObject> kp = objects(script().api("GET", "/api/v1/documents?year=2003", tokenOf("focal.bw")));
        JsonObject car = kp.stream().filter(d -> d.getString("title").contains("Central African Republic"))
                .findFirst().orElseThrow();
        assertTrue(car.getBoolean("kpOnly"));
        assertFalse(objects(script().api("GET", "/api/v1/documents?year=2003", tokenOf("applicant.gh"))).stream()
                .anyMatch(d -> d.getString("title").contains("Central African Republic")), "not for applicants");
        long carId = car.getJsonNumber("id").longValue();
        assertEquals(404, script().bytes("/api/v1/documents/" + carId + "/files/en").statusCode());
        assertEquals(200, new PortalClient(base.toURI()).api("GET", "/api/v1/documents/" + carId + "/files/en",
                tokenOf("observer.gw")).statusCode(), "an Observer reads KP-only documents");

        JsonObject communique = objects(script().api("GET", "/api/v1/documents?q=COMMUNIQU&kind=COMMUNIQUE")).get(0);
        assertEquals(List.of("EN", "FR", "RU"), communique.getJsonArray("files").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("language")).toList());
        var french = script().bytes("/api/v1/documents/" + communique.getJsonNumber("id") + "/files/fr");
        assertEquals(200, french.statusCode());
        assertEquals("application/pdf", french.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, script().bytes("/api/v1/documents/" + communique.getJsonNumber("id") + "/files/pt")
                .statusCode(), "no Portuguese file");

        PortalClient secretariat = ApplicationSteps.loggedIn(base.toURI(), "secretariat");
        String title = "Lignes directrices révisées sur l’évaluation des envois d’échantillons";
        Page added = secretariat.submitWithFiles(secretariat.get("/plenary/documents.xhtml?lang=fr"), "add",
                Map.of("title", title, "kind", "GUIDANCE", "year", "2026", "language", "FR", "kpOnly", "on"),
                Map.of("file", new PortalClient.Upload("lignes-directrices.pdf", "application/pdf",
                        org.kimberleyprocess.portal.platform.demo.DemoDocuments.pdf("Lignes directrices"))), "addButton");
        assertEquals(List.of("Le document est dans la bibliothèque."), added.messages());
        assertTrue(added.text("#documents").contains(title), added.text("#documents"));
        assertTrue(script().get("/plenary/documents.xhtml?lang=fr&year=2026").html().select("#documents tbody tr").isEmpty(),
                "a KP-only document is not listed for the public");
        Page refused = secretariat.submitWithFiles(secretariat.get("/plenary/documents.xhtml?lang=es"), "add",
                Map.of("title", "Sin año", "kind", "GUIDANCE", "year", "", "language", "ES"),
                Map.of("file", new PortalClient.Upload("x.pdf", "application/pdf",
                        org.kimberleyprocess.portal.platform.demo.DemoDocuments.pdf("x"))), "addButton");
        assertTrue(refused.messages().contains("Indique el título, el tipo, el año y el idioma del documento."),
                refused.messages().toString());
        assertFalse(objects(script().api("GET", "/api/v1/documents?q=Sin", tokenOf("secretariat"))).stream()
                .anyMatch(d -> d.getString("title").equals("Sin año")), "nothing stored");
    }

    @Test
    void adoptedDecisionsSelectAViceChairAndAdoptAQuestionnaireVersion() throws Exception {
        Map<String, String> secretariat = tokenOf("secretariat");
        long meeting = pastMeeting(secretariat, "Reunión entre sesiones de Windhoek");
        long viceChair = json(script().api("POST", "/api/v1/decisions", Json.createObjectBuilder()
                .add("reference", "AD 2026/86").add("kind", "ADMINISTRATIVE_DECISION")
                .add("title", "Vice-Chair for 2033").add("text", "Namibia is selected as the Vice-Chair for 2033.")
                .add("effectIso", "NA").add("viceChairYear", 2033).build().toString(), secretariat), 201)
                .getJsonNumber("id").longValue();
        agreeAndTranslate(secretariat, viceChair, meeting);
        assertFalse(script().get("/registry/chairs.xhtml?lang=en").within("terms_data", "tr").eachText()
                .contains("2033 Vice-Chair Namibia"), "nothing before the adoption");
        json(script().api("POST", "/api/v1/decisions/" + viceChair + "/adoption", "", secretariat), 200);
        List<String> terms = script().get("/registry/chairs.xhtml?lang=en").within("terms_data", "tr").eachText();
        assertTrue(terms.contains("2033 Vice-Chair Namibia") && terms.contains("2034 Chair Namibia"), terms.toString());

        // A second decision for the same year cannot be carried out: refused, it stays agreed, goes back to the
        // drafts, gets another year, is agreed again and adopted.
        long again = json(script().api("POST", "/api/v1/decisions", Json.createObjectBuilder()
                .add("reference", "AD 2026/89").add("kind", "ADMINISTRATIVE_DECISION")
                .add("title", "Vice-Chair").add("text", "Botswana is selected as the Vice-Chair.")
                .add("effectIso", "BW").add("viceChairYear", 2033).build().toString(), secretariat), 201)
                .getJsonNumber("id").longValue();
        agreeAndTranslate(secretariat, again, meeting);
        assertEquals(400, script().api("POST", "/api/v1/decisions/" + again + "/adoption", "", secretariat)
                .statusCode(), "the Vice-Chair of 2033 is already selected");
        assertEquals("AGREED", json(script().api("GET", "/api/v1/decisions/" + again, secretariat), 200)
                .getString("status"));
        assertEquals(403, script().api("POST", "/api/v1/decisions/" + again + "/draft", "", tokenOf("chair"))
                .statusCode(), "the Secretariat sends it back");
        assertEquals("DRAFT", json(script().api("POST", "/api/v1/decisions/" + again + "/draft", "", secretariat), 200)
                .getString("status"));
        JsonObject corrected = json(script().api("PUT", "/api/v1/decisions/" + again + "/effect", Json.createObjectBuilder()
                .add("effectIso", "BW").add("viceChairYear", 2036).build().toString(), secretariat), 200);
        assertEquals(2036, corrected.getInt("viceChairYear"));
        json(script().api("POST", "/api/v1/decisions/" + again + "/agreement",
                Json.createObjectBuilder().add("meeting", meeting).build().toString(), secretariat), 200);
        json(script().api("POST", "/api/v1/decisions/" + again + "/adoption", "", secretariat), 200);
        assertTrue(script().get("/registry/chairs.xhtml?lang=en").within("terms_data", "tr").eachText()
                .contains("2036 Vice-Chair Botswana"));

        HttpResponse<String> copied = script().api("POST", "/api/v1/questionnaires/versions/1/copy", secretariat);
        assertEquals(201, copied.statusCode(), copied.body());
        int copy = json(copied, 201).getInt("number");
        long adoption = json(script().api("POST", "/api/v1/decisions", Json.createObjectBuilder()
                .add("reference", "AD 2026/87").add("kind", "ADMINISTRATIVE_DECISION")
                .add("title", "Questionnaire for the reports from 2027").add("text", "The questionnaire is adopted.")
                .add("questionnaireVersion", copy).add("questionnaireFirstYear", 2027).build().toString(),
                secretariat), 201).getJsonNumber("id").longValue();
        agreeAndTranslate(secretariat, adoption, meeting);
        json(script().api("POST", "/api/v1/decisions/" + adoption + "/adoption", "", secretariat), 200);
        JsonObject y2027 = json(script().api("GET", "/api/v1/questionnaires/2027?lang=ru"), 200);
        assertEquals(copy, y2027.getInt("version"), "the version Participants file on from 2027");
        assertEquals("AD 2026/87", y2027.getString("decisionReference"));

        HttpResponse<String> twoEffects = script().api("POST", "/api/v1/decisions", Json.createObjectBuilder()
                .add("reference", "AD 2026/88").add("kind", "ADMINISTRATIVE_DECISION").add("title", "Two effects")
                .add("text", "x").add("effectIso", "NA").add("viceChairYear", 2035).add("questionnaireVersion", copy)
                .add("questionnaireFirstYear", 2027).build().toString(), secretariat);
        assertEquals(400, twoEffects.statusCode(), twoEffects.body());
    }

    private void agreeAndTranslate(Map<String, String> secretariat, long id, long meeting) throws Exception {
        json(script().api("POST", "/api/v1/decisions/" + id + "/agreement",
                Json.createObjectBuilder().add("meeting", meeting).build().toString(), secretariat), 200);
        for (String[] t : TRANSLATIONS) {
            json(script().api("PUT", "/api/v1/decisions/" + id + "/texts/" + t[0], body("title", t[1] + " " + id,
                    "text", t[2]), secretariat), 200);
        }
    }
}
