package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;

/** What the public sees, in the five languages, on the demonstration data of 2003. */
class PublicPagesIT extends PortalIT {

    PortalClient client;

    @BeforeEach
    void newVisitor() throws Exception {
        client = new PortalClient(base.toURI());
    }

    /** Per language: page title, Chair, Vice-Chair, and the notice that no term is recorded this year. */
    static final Map<String, List<String>> HOME = Map.of(
            "en", List.of("The Kimberley Process Certification Scheme", "Canada (2004)", "Russian Federation (2004)",
                    "No term is recorded for "),
            "fr", List.of("Le Système de certification du Processus de Kimberley", "Canada (2004)",
                    "Fédération de Russie (2004)", "Aucun mandat n’est enregistré pour "),
            "pt", List.of("O Sistema de Certificação do Processo de Kimberley", "Canadá (2004)",
                    "Federação da Rússia (2004)", "Não há mandato registado para "),
            "es", List.of("El Sistema de Certificación del Proceso de Kimberley", "Canadá (2004)",
                    "Federación de Rusia (2004)", "No hay ningún mandato registrado para "),
            "ru", List.of("Система сертификации Кимберлийского процесса", "Канада (2004)",
                    "Российская Федерация (2004)", "За "));

    @Test
    void homePageShowsTheSchemeAndItsLatestChairsInEachLanguage() {
        String year = String.valueOf(LocalDate.now().getYear());
        List<String> counts = registryCounts();
        HOME.forEach((lang, expected) -> {
            Page home = client.get("/?lang=" + lang);
            assertEquals(200, home.status(), lang);
            assertEquals(lang, home.html().selectFirst("html").attr("lang"));
            assertEquals(expected.get(0), home.heading(), lang);
            assertEquals(expected.get(1), home.text("#chair"), lang);
            assertEquals(expected.get(2), home.text("#viceChair"), lang);
            String notice = home.text("#noTermNotice");
            assertNotNull(notice, lang + ": no notice that this year has no recorded term");
            assertTrue(notice.startsWith(expected.get(3)) && notice.contains(year), lang + ": " + notice);
            assertEquals(List.of(counts.get(0), counts.get(1), counts.get(2)), home.texts(".card .figure"), lang);
        });
    }

    /**
     * The figures on the home page: the demonstration data has 45 Participants, 17 applicants and 3 Observers;
     * other tests may admit or enter states, so the figures are checked against the registry and the reference lists.
     */
    List<String> registryCounts() {
        JsonObject counts = json(client.api("GET", "/api/v1/registry/counts"));
        int participants = counts.getInt("participants");
        int applicants = counts.getInt("applicants");
        assertTrue(participants + applicants >= 45 + 17, "the 62 states of 2003 are Participants or applicants");
        assertTrue(participants >= 45);
        int observers = counts.getInt("observers");
        assertTrue(observers >= 3, "the three Observers of 2003, and any admitted since");
        return List.of(String.valueOf(participants), String.valueOf(applicants), String.valueOf(observers));
    }

    @Test
    void russianParticipantListShowsBotswanaAmongTheFortyFive() {
        String total = registryCounts().get(0);
        Page list = client.get("/registry/participants.xhtml?lang=ru");
        assertEquals("Участники", list.heading());
        List<String> names = list.texts("a.state-name");
        assertEquals(25, names.size());
        assertTrue(names.contains("Ботсвана"), names.toString());
        assertTrue(names.contains("Европейское сообщество"), names.toString());
        assertEquals("1–25 / " + total, list.text(".ui-paginator-current"));
        JsonArray all = json(client.api("GET", "/api/v1/registry/participants?lang=en&size=100")).getJsonArray("items");
        List<String> codes = all.stream().map(v -> v.asJsonObject().getString("isoCode")).toList();
        for (var line : org.kimberleyprocess.portal.registry.application.RegistryFile
                .resource("/reference/participants-2003.csv").lines()) {
            String iso = ((org.kimberleyprocess.portal.registry.application.StateEntry) line.entry()).isoCode();
            assertTrue(codes.contains(iso), iso + " missing from the Participants");
        }
    }

    @Test
    void officialNamesAreShownNotColloquialOnes() {
        JsonArray items = json(client.api("GET", "/api/v1/registry/participants?lang=en&size=100"))
                .getJsonArray("items");
        List<String> names = items.stream().map(v -> v.asJsonObject().getString("name")).toList();
        assertTrue(names.containsAll(List.of("Democratic Republic of the Congo", "Republic of the Congo",
                "European Community", "Republic of Korea", "Russian Federation", "United States of America")));
        assertFalse(names.stream().anyMatch(n -> n.contains("Kinshasa") || n.equals("European Union")));
    }

    @Test
    void listsArePagedSortedAndFilteredByTheNameTheReaderSees() {
        int total = Integer.parseInt(registryCounts().get(0));
        JsonObject page = json(client.api("GET", "/api/v1/registry/participants?lang=en&first=40&size=10"));
        assertEquals(total, page.getInt("total"));
        assertEquals(total - 40, page.getJsonArray("items").size());
        assertEquals("Zimbabwe", page.getJsonArray("items").getJsonObject(total - 41).getString("name"));

        JsonObject found = json(client.api("GET", "/api/v1/registry/participants?lang=fr&q=cote"));
        assertEquals(1, found.getInt("total"));
        assertEquals("Côte d’Ivoire", found.getJsonArray("items").getJsonObject(0).getString("name"));

        JsonObject byCode = json(client.api("GET", "/api/v1/registry/participants?lang=ru&q=za"));
        assertEquals("Южно-Африканская Республика", byCode.getJsonArray("items").getJsonObject(0).getString("name"));

        JsonObject descending = json(client.api("GET", "/api/v1/registry/participants?lang=es&desc=true&size=1"));
        assertEquals("Zimbabue", descending.getJsonArray("items").getJsonObject(0).getString("name"));

        assertEquals(Integer.parseInt(registryCounts().get(1)),
                json(client.api("GET", "/api/v1/registry/participants?status=APPLICANT")).getInt("total"));
    }

    @Test
    void aBadQueryIsATranslatedClientError() {
        HttpResponse<String> bad = client.api("GET", "/api/v1/registry/participants?status=NONSENSE&lang=fr");
        assertEquals(400, bad.statusCode());
        assertEquals("La demande n’est pas valide.", json(bad).getString("message"));
    }

    @Test
    void applicantsAndObserversAreListed() {
        Page applicants = client.get("/registry/applicants.xhtml?lang=es");
        assertEquals("Solicitantes", applicants.heading());
        assertTrue(applicants.texts("a.state-name").contains("Ghana"));
        String n = registryCounts().get(1);
        assertEquals("1–" + n + " / " + n, applicants.text(".ui-paginator-current"));

        Page observers = client.get("/registry/observers.xhtml?lang=pt");
        assertEquals("Observadores", observers.heading());
        List<String> cells = observers.texts("#observers td");
        assertTrue(cells.containsAll(List.of("World Diamond Council", "Indústria", "Global Witness",
                "Sociedade civil", "Partnership Africa Canada")), cells.toString());
    }

    @Test
    void theEuropeanCommunityIsOneParticipantWithItsMemberStates() {
        Page ec = client.get("/registry/participant.xhtml?iso=EU&lang=fr");
        assertEquals("Communauté européenne", ec.heading());
        List<String> members = ec.texts("#members li");
        assertEquals(15, members.size());
        assertTrue(members.containsAll(List.of("Allemagne", "France", "Royaume-Uni")), members.toString());
        assertEquals("Participant", ec.text("#status"));
    }

    @Test
    void unknownAddressesGetTranslatedErrorPagesWithoutInternals() {
        Page unknownState = client.get("/registry/participant.xhtml?iso=QQ&lang=es");
        assertEquals(404, unknownState.status());
        assertEquals("Página no encontrada", unknownState.heading());

        Page unknownPage = client.get("/no-such-page.xhtml?lang=ru");
        assertEquals(404, unknownPage.status());
        assertEquals("Страница не найдена", unknownPage.heading());
        assertFalse(unknownPage.html().text().contains("Exception"));
    }

    @Test
    void pagesCarrySecurityHeadersAndSafeCookies() {
        Page home = client.get("/?lang=en");
        String csp = home.header("Content-Security-Policy");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("'nonce-"), csp);
        assertFalse(csp.contains("script-src 'self' 'unsafe-inline'"), csp);
        assertEquals("nosniff", home.header("X-Content-Type-Options"));
        assertEquals("DENY", home.header("X-Frame-Options"));
        assertEquals("strict-origin-when-cross-origin", home.header("Referrer-Policy"));
        assertFalse(home.header("Set-Cookie").contains("JSESSIONID"), "reading the home page opens no session");
        String cookies = String.join("; ", client.get("/accounts/login.xhtml").headers().getOrDefault("Set-Cookie", List.of()));
        assertTrue(cookies.contains("JSESSIONID") && cookies.contains("HttpOnly") && cookies.contains("SameSite=Lax"),
                cookies);
    }

    @Test
    void theLanguageIsRememberedByCookieOrTakenFromTheBrowser() throws Exception {
        client.get("/?lang=pt");
        assertTrue(client.cookies().stream().anyMatch(c -> "kpcs_lang".equals(c.getName()) && "pt".equals(c.getValue())));
        assertEquals("O Sistema de Certificação do Processo de Kimberley", client.get("/index.xhtml").heading());

        PortalClient spanishBrowser = new PortalClient(base.toURI(), "es-AR,es;q=0.9,en;q=0.5");
        assertEquals("El Sistema de Certificación del Proceso de Kimberley",
                spanishBrowser.get("/index.xhtml").heading());
    }

    @Test
    void readinessIncludesTheDatabaseAndTheApiIsDescribed() throws Exception {
        URI root = base.toURI();
        PortalClient plain = new PortalClient(root);
        JsonObject ready = json(plain.api("GET", "/health/ready"));
        assertEquals("UP", ready.getString("status"));
        assertEquals("database", ready.getJsonArray("checks").getJsonObject(0).getString("name"));
        String openApi = plain.api("GET", "/openapi").body();
        assertTrue(openApi.contains("/api/v1/registry/participants"), openApi);
        assertTrue(openApi.contains("\"/api/v1/tokens\"") && openApi.contains("\"/api/v1/reports/first-year\""),
                "the token endpoint and the first reporting year are documented");
        assertTrue(openApi.matches("(?s).*\"securitySchemes\".*\"scheme\" : \"bearer\".*"),
                "the Bearer scheme is documented: " + openApi.substring(Math.max(0, openApi.indexOf("securitySchemes"))));
        assertEquals(200, plain.api("GET", "/api/v1/registry/counts").statusCode());
        assertEquals(404, plain.api("GET", "/api/registry/counts").statusCode(), "the unversioned paths are gone");
    }

    @Test
    void theIconIsServedAndTextGoesOutCompressed() throws Exception {
        HttpResponse<byte[]> icon = client.bytes("/favicon.ico");
        assertEquals(200, icon.statusCode());
        assertEquals(List.of(0, 0, 1, 0), List.of((int) icon.body()[0], (int) icon.body()[1], (int) icon.body()[2],
                (int) icon.body()[3]), "an icon file");

        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        Page home = client.get("/index.xhtml?lang=fr");
        List<String> scripts = home.html().select("script[src]").eachAttr("abs:src");
        List<String> styles = home.html().select("link[rel=stylesheet]").eachAttr("abs:href");
        assertFalse(scripts.isEmpty() || styles.isEmpty(), "the page loads scripts and styles");
        for (String resource : List.of(scripts.get(0), styles.get(0), base.toURI().resolve("index.xhtml").toString())) {
            HttpResponse<byte[]> plain = http.send(java.net.http.HttpRequest.newBuilder(URI.create(resource)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> gzip = http.send(java.net.http.HttpRequest.newBuilder(URI.create(resource))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""), resource);
            byte[] unpacked = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip.body()))
                    .readAllBytes();
            assertTrue(gzip.body().length * 2 < unpacked.length, resource + ": compressed to less than half");
            if (!resource.endsWith("index.xhtml")) {
                assertEquals(new String(plain.body(), java.nio.charset.StandardCharsets.UTF_8),
                        new String(unpacked, java.nio.charset.StandardCharsets.UTF_8), resource);
            }
        }
    }

    /** Addresses from before the pages moved into folders by capability (bookmarks, links in mails) still lead there. */
    @Test
    void formerAddressesLeadToThePagesWhereTheyAreNow() throws Exception {
        java.net.http.HttpClient direct = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        HttpResponse<String> read = direct.send(java.net.http.HttpRequest.newBuilder(uri().resolve(
                "participants.xhtml?lang=ru&status=PARTICIPANT")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(301, read.statusCode());
        assertEquals(base.getPath() + "registry/participants.xhtml?lang=ru&status=PARTICIPANT",
                read.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> reset = direct.send(java.net.http.HttpRequest.newBuilder(uri().resolve(
                "password-reset.xhtml?token=abc")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(base.getPath() + "accounts/password-reset.xhtml?token=abc",
                reset.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> sent = direct.send(java.net.http.HttpRequest.newBuilder(uri().resolve(
                "account/password.xhtml")).POST(java.net.http.HttpRequest.BodyPublishers.ofString("a=b")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(308, sent.statusCode(), "a form sent keeps its method");
        Page followed = client.get("/figures.xhtml?lang=fr");
        assertEquals(200, followed.status());
        assertTrue(followed.uri().getPath().endsWith("/statistics/figures.xhtml"), followed.uri().toString());
    }
}
