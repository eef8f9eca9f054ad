package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The uniform questionnaire as data: the version that applies to a reporting year, in the reader's language, for
 * anyone; the Secretariat's versions (copy, export, import, adoption refused while incomplete); nobody else's.
 */
class QuestionnaireIT extends PortalIT {


    @Test
    void anyoneReadsTheQuestionnaireForAYearInTheirLanguage() throws Exception {
        PortalClient visitor = new PortalClient(base.toURI());
        HttpResponse<String> ru = visitor.api("GET", "/api/v1/questionnaires/2025?lang=ru");
        assertEquals(200, ru.statusCode(), ru.body());
        JsonObject q = json(ru);
        assertEquals(2004, q.getInt("firstYear"));
        assertEquals("ru", q.getString("language"));
        assertEquals(6, q.getJsonArray("sections").size());
        int questions = q.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .mapToInt(s -> s.getJsonArray("questions").size()).sum();
        assertTrue(questions >= 38 && questions <= 45, "questions: " + questions);
        JsonObject certificate = q.getJsonArray("sections").getJsonObject(1);
        assertEquals("II", certificate.getString("code"));
        JsonObject features = certificate.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getString("type").equals("MULTIPLE_CHOICE")).findFirst().orElseThrow();
        assertTrue(features.getJsonArray("options").size() >= 2);
        assertTrue(features.getString("text").chars().anyMatch(c -> c >= 'А' && c <= 'я'), features.getString("text"));

        JsonObject fr = json(visitor.api("GET", "/api/v1/questionnaires/2025?lang=fr"));
        assertTrue(fr.getString("title").contains("Kimberley"), fr.getString("title"));
        assertTrue(!fr.getString("title").equals(q.getString("title")));

        HttpResponse<String> before = visitor.api("GET", "/api/v1/questionnaires/2003?lang=es");
        assertEquals(404, before.statusCode());
    }

    @Test
    void onlyTheSecretariatWorksOnVersions() throws Exception {
        assertEquals(401, new PortalClient(base.toURI()).api("GET", "/api/v1/questionnaires/versions").statusCode());
        PortalClient focal = signedIn("focal.bw");
        assertEquals(403, focal.api("GET", "/api/v1/questionnaires/versions").statusCode());
        assertEquals(403, focal.api("POST", "/api/v1/questionnaires/versions/1/copy").statusCode());
        assertEquals(403, focal.api("POST", "/api/v1/questionnaires/versions", "{}").statusCode());
    }

    @Test
    void aCopyIsADraftThatCannotBeAdoptedUntilEveryTextIsTranslated() throws Exception {
        ApplicationSteps.adoptedDecision(base.toURI(), "AD 2029/1");
        ApplicationSteps.adoptedDecision(base.toURI(), "AD 2029/2");
        PortalClient secretariat = signedIn("secretariat");
        // the version in force for 2029 and 2030 before this test (version 1, or one a decision adopted since)
        int inForce2029 = json(new PortalClient(base.toURI()).api("GET", "/api/v1/questionnaires/2029"))
                .getInt("version");
        HttpResponse<String> copied = secretariat.api("POST", "/api/v1/questionnaires/versions/1/copy");
        assertEquals(201, copied.statusCode(), copied.body());
        int copy = json(copied).getInt("number");
        String exported = secretariat.api("GET", "/api/v1/questionnaires/versions/" + copy).body();
        assertEquals(secretariat.api("GET", "/api/v1/questionnaires/versions/1").body(), exported);

        // the adopted version cannot change; a draft without Russian texts cannot be adopted
        HttpResponse<String> again = secretariat.api("POST", "/api/v1/questionnaires/versions/1/adoption?lang=fr",
                "{\"reference\": \"AD 2003/3\", \"date\": \"2026-11-05\", \"firstYear\": 2027}");
        assertEquals(400, again.statusCode(), again.body());
        HttpResponse<String> notAdopted = secretariat.api("POST", "/api/v1/questionnaires/versions/" + copy
                + "/adoption", "{\"reference\": \"AD 2026/1\", \"date\": \"2026-11-05\", \"firstYear\": 2027}");
        assertEquals(400, notAdopted.statusCode(), notAdopted.body());
        assertEquals("plenary.decision.error.notAdopted", json(notAdopted).getString("key"),
                "a decision still in written procedure is no ground: " + notAdopted.body());
        String draft = "{\"title\": {\"en\": \"Short questionnaire\", \"fr\": \"Questionnaire abrégé\"},"
                + " \"sections\": [{\"code\": \"II\", \"title\": {\"en\": \"Certificate\", \"fr\": \"Certificat\"},"
                + " \"questions\": [{\"code\": \"II.A.1\", \"part\": \"A\", \"type\": \"LONG_TEXT\", \"required\": true,"
                + " \"text\": {\"en\": \"Who issues certificates?\", \"fr\": \"Qui délivre les certificats ?\"}}]}]}";
        HttpResponse<String> imported = secretariat.api("POST", "/api/v1/questionnaires/versions", draft);
        assertEquals(201, imported.statusCode(), imported.body());
        int number = json(imported).getInt("number");
        assertTrue(secretariat.api("GET", "/api/v1/questionnaires/versions/" + number).body()
                .contains("Qui délivre les certificats ?"));
        HttpResponse<String> refused = secretariat.api("POST", "/api/v1/questionnaires/versions/" + number + "/adoption",
                "{\"reference\": \"AD 2029/1\", \"date\": \"2029-11-05\", \"firstYear\": 2030}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(json(refused).getString("message").contains("3"), refused.body());
        JsonObject listed = Json.createReader(new StringReader(
                        secretariat.api("GET", "/api/v1/questionnaires/versions").body())).readArray()
                .getValuesAs(JsonObject.class).stream().filter(v -> v.getInt("number") == number).findFirst()
                .orElseThrow();
        assertEquals("DRAFT", listed.getString("status"));
        assertEquals(3, listed.getInt("missingTranslations"));
        // a draft applies to nothing: 2030 still reads the adopted version 1
        assertEquals(inForce2029, json(new PortalClient(base.toURI()).api("GET", "/api/v1/questionnaires/2030"))
                .getInt("version"));

        // a malformed file is refused in the reader's language and stores nothing
        HttpResponse<String> malformed = secretariat.api("POST", "/api/v1/questionnaires/versions?lang=ru",
                "{\"title\": ");
        assertEquals(400, malformed.statusCode());
        assertTrue(json(malformed).getString("message").startsWith("Файл не является анкетой"), malformed.body());

        // the copy of the standard, complete, is adopted for the reports from 2030
        HttpResponse<String> adopted = secretariat.api("POST", "/api/v1/questionnaires/versions/" + copy + "/adoption",
                "{\"reference\": \"AD 2029/2\", \"date\": \"2029-11-05\", \"firstYear\": 2030}");
        assertEquals(204, adopted.statusCode(), adopted.body());
        JsonObject y2030 = json(new PortalClient(base.toURI()).api("GET", "/api/v1/questionnaires/2030?lang=pt"));
        assertEquals(copy, y2030.getInt("version"));
        assertEquals("AD 2029/2", y2030.getString("decisionReference"));
        JsonObject y2029 = json(new PortalClient(base.toURI()).api("GET", "/api/v1/questionnaires/2029?lang=pt"));
        assertEquals(inForce2029, y2029.getInt("version"), "earlier years keep the version they had");
        assertEquals(2029, y2029.getInt("lastYear"));
    }

    private static final String UNTRANSLATED_ONE = "Версию нельзя утвердить: у 1 текстов ещё нет всех переводов.";

    /** The id of a question's form on the authoring page (each question is saved by its own form). */
    private static String questionForm(PortalClient.Page page, String code) {
        return page.html().select("form.question-editor").stream()
                .filter(f -> f.selectFirst("h3.question-code").text().startsWith(code + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no form for " + code)).id();
    }

    private static java.util.List<String> codesOn(PortalClient.Page page) {
        return page.html().select("h3.question-code").eachText().stream().map(t -> t.substring(0, t.indexOf(' ')))
                .toList();
    }

    @Test
    void theSecretariatAuthorsADraftInThePortalAndPreviewsItInEachLanguage() throws Exception {
        ApplicationSteps.adoptedDecision(base.toURI(), "AD 2026/7");
        PortalClient secretariat = signedIn("secretariat");
        secretariat.get("/?lang=ru");
        PortalClient.Page list = secretariat.get("/reporting/versions.xhtml");
        assertEquals("Версии вопросника", list.heading());
        assertTrue(list.menu().contains("Вопросник"), list.menu().toString());
        String copy = list.within("versionsForm:versions_data", "tr").get(0).selectFirst("input.copy").id();
        PortalClient.Page draft = secretariat.submit(list, "versionsForm", Map.of(), copy);
        assertTrue(draft.messages().stream().anyMatch(m -> m.startsWith("Проект ") && m.endsWith("— копия: вносите изменения здесь.")),
                draft.messages().toString());
        String number = draft.uri().getQuery().replaceAll(".*number=([0-9]+).*", "$1");
        assertTrue(draft.text("#missing-title").endsWith("(0)"), draft.text("#missing-title"));

        // section II, question II.A.3: the Russian text rewritten, the French one cleared
        PortalClient.Page section = secretariat.get("/reporting/version.xhtml?number=" + number + "&section=II");
        String form = questionForm(section, "II.A.3");
        String russian = "Как проверяется сертификат перед экспортом? Опишите проверку партии «на месте».";
        Map<String, String> fields = new java.util.HashMap<>();
        section.html().getElementById(form).select("textarea").forEach(t -> fields.put(
                t.attr("name").substring(form.length() + 1), t.text()));
        String ru = section.html().getElementById(form).select("textarea[lang=ru][name$=text]").attr("name");
        String fr = section.html().getElementById(form).select("textarea[lang=fr][name$=text]").attr("name");
        fields.put(ru.substring(form.length() + 1), russian);
        fields.put(fr.substring(form.length() + 1), "");
        PortalClient.Page saved = secretariat.submit(section, form, fields, form + ":save");
        assertTrue(saved.messages().contains("Сохранено."), saved.messages().toString());
        assertTrue(saved.texts("ul.missing-translations li").contains("II.A.3 · text: Français"),
                saved.texts("ul.missing-translations li").toString());

        // the adoption is refused while a translation is missing; nothing is adopted
        PortalClient.Page versions = secretariat.get("/reporting/versions.xhtml");
        PortalClient.Page refused = secretariat.submit(versions, "adoptForm", Map.of("number", number, "reference",
                "AD 2026/7", "date", "2026-11-06", "firstYear", "2027"), "adopt");
        assertTrue(refused.messages().contains(UNTRANSLATED_ONE), refused.messages().toString());
        try (var reader = Json.createReader(new StringReader(secretariat.api("GET", "/api/v1/questionnaires/versions")
                .body()))) {
            assertEquals("DRAFT", reader.readArray().getValuesAs(JsonObject.class).stream()
                    .filter(v -> v.getInt("number") == Integer.parseInt(number)).findFirst().orElseThrow()
                    .getString("status"), "nothing is adopted");
        }

        // moved up, a question added (its code the part's next number) and removed again
        PortalClient.Page moved = secretariat.submit(saved, questionForm(saved, "II.A.3"), Map.of(),
                questionForm(saved, "II.A.3") + ":up");
        java.util.List<String> order = codesOn(moved);
        assertTrue(order.indexOf("II.A.3") < order.indexOf("II.A.2"), order.toString());
        PortalClient.Page added = secretariat.submit(moved, "addForm", Map.of("part", "B", "type", "YES_NO", "text",
                "Was a new exporter licensed during the year?"), "add");
        assertTrue(added.messages().contains("Вопрос добавлен в конец своей части."), added.messages().toString());
        String newCode = codesOn(added).get(codesOn(added).size() - 1);
        assertTrue(newCode.matches("II\\.B\\.[0-9]+"), newCode);
        assertTrue(added.texts("ul.missing-translations li").stream().anyMatch(m -> m.startsWith(newCode + " · text")));

        // the preview shows the draft as a focal point would read it, in the language chosen
        PortalClient.Page preview = secretariat.get("/reporting/report.xhtml?preview=" + number);
        assertEquals("Предпросмотр версии " + number + " вопросника", preview.heading());
        assertTrue(preview.html().text().contains(russian), "the Russian text, as saved");
        assertTrue(preview.html().text().contains("Was a new exporter licensed during the year?"),
                "an untranslated text shows in English");
        PortalClient.Page removed = secretariat.submit(added, questionForm(added, newCode), Map.of(),
                questionForm(added, newCode) + ":remove");
        assertFalse(codesOn(removed).contains(newCode));

        // an adopted version reads only; focal points see none of this
        PortalClient.Page adopted = secretariat.get("/reporting/version.xhtml?number=1");
        assertTrue(adopted.html().getElementById("frozen") != null);
        assertTrue(adopted.html().select("form.question-editor").isEmpty());
        PortalClient focal = signedIn("focal.za");
        assertEquals(403, focal.get("/reporting/versions.xhtml").status());
        assertEquals(403, focal.get("/reporting/version.xhtml?number=" + number).status());
        assertEquals(403, focal.get("/reporting/report.xhtml?preview=" + number).status());
        assertFalse(focal.get("/index.xhtml").menu().contains("Questionnaire"));
    }
}
