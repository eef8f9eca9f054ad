package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;



/**
 * The uniform questionnaire as data: the version that applies to a reporting year, in the reader's language, for
 * anyone; the Secretariat's versions (copy, export, import, adoption refused while incomplete); nobody else's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionnaireIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private PortalClient as(String username) throws Exception {
        PortalClient client = new PortalClient(base.toURI());
        client.get("/?lang=en");
        client.login(username, "kimberley-demo");
        return client;
    }

    private static JsonObject json(HttpResponse<String> response) {
        return PublicPagesIT.json(response);
    }

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
        PortalClient focal = as("focal.bw");
        assertEquals(403, focal.api("GET", "/api/v1/questionnaires/versions").statusCode());
        assertEquals(403, focal.api("POST", "/api/v1/questionnaires/versions/1/copy").statusCode());
        assertEquals(403, focal.api("POST", "/api/v1/questionnaires/versions", "{}").statusCode());
    }

    @Test
    void aCopyIsADraftThatCannotBeAdoptedUntilEveryTextIsTranslated() throws Exception {
        PortalClient secretariat = as("secretariat");
        HttpResponse<String> copied = secretariat.api("POST", "/api/v1/questionnaires/versions/1/copy");
        assertEquals(201, copied.statusCode(), copied.body());
        int copy = json(copied).getInt("number");
        String exported = secretariat.api("GET", "/api/v1/questionnaires/versions/" + copy).body();
        assertEquals(secretariat.api("GET", "/api/v1/questionnaires/versions/1").body(), exported);

        // the adopted version cannot change; a draft without Russian texts cannot be adopted
        HttpResponse<String> again = secretariat.api("POST", "/api/v1/questionnaires/versions/1/adoption?lang=fr",
                "{\"reference\": \"AD 2026/1\", \"date\": \"2026-11-05\", \"firstYear\": 2027}");
        assertEquals(400, again.statusCode(), again.body());
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
        assertEquals(1, json(new PortalClient(base.toURI()).api("GET", "/api/v1/questionnaires/2030")).getInt("version"));

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
        assertEquals(1, y2029.getInt("version"));
        assertEquals(2029, y2029.getInt("lastYear"));
    }
}
