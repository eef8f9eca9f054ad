package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kimberleyprocess.portal.it.PortalClient.Page;

/**
 * The proof of several servers (src/test/cluster/failover.sh, docs/operations.md "Several servers"): run against two servers
 * that src/test/cluster/cluster.sh started in demo mode on a new PostgreSQL database, through its proxy and on each
 * server directly. Not part of {@code mvn verify} (its name matches no test pattern); the script names it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverCheck {

    static final URI PROXY = URI.create(System.getProperty("cluster.proxy", "http://127.0.0.1:9280"));
    static final String SCRIPT = System.getProperty("cluster.script", "src/test/cluster/cluster.sh");
    static final String PASSWORD = "kimberley-demo";

    static URI server(int i) {
        return URI.create("http://127.0.0.1:" + (PROXY.getPort() + i));
    }

    /** The focal point of the failover, its session and the server that was killed, for the checks after it. */
    static PortalClient focalPoint;
    static int killedServer;
    static int holdingServer;

    static PortalClient signedIn(URI where, String username) {
        PortalClient client = new PortalClient(where);
        client.get("/?lang=en");
        assertEquals("My account", client.login(username, PASSWORD).heading());
        return client;
    }

    @Test
    @Order(0)
    void theRemindersAreOneTimerForAllServers() throws Exception {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(
                System.getProperty("cluster.db.url", "jdbc:postgresql://127.0.0.1:5432/kpcs_cluster"), "postgres",
                "postgres");
                java.sql.ResultSet timers = db.createStatement().executeQuery("select count(*) from kpcs_timer_task")) {
            timers.next();
            assertEquals(1, timers.getInt(1), "one persistent timer, whichever server runs it");
        }
    }

    @Test
    @Order(1)
    void anAnswerSavedOnOneServerIsReadOnTheOther() {
        PortalClient one = new PortalClient(server(1));
        PortalClient two = new PortalClient(server(2));
        Map<String, String> token = one.bearerFor("focal.ca", PASSWORD);
        String french = "Amendes jusqu’à 10 000 $ ; confiscation des diamants « bruts » par décision du tribunal.";
        HttpResponse<String> saved = save(one, token, "/api/v1/reports/2025/CA", "I.A.5", french);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(french, answer(json(two.api("GET", "/api/v1/reports/2025/CA", token)), "I.A.5")
                .getString("value"));
    }

    @Test
    @Order(2)
    void aSuspensionAndACommitteeSeatChangedOnOneServerTakeEffectOnTheOtherAtItsNextRequest() {
        PortalClient chair = signedIn(server(1), "chair");
        PortalClient southAfrica = signedIn(server(2), "focal.za");
        PortalClient botswana = signedIn(server(2), "focal.bw");
        assertEquals("Focal point", botswana.get("/accounts/index.xhtml").text("#roles"));

        // a seat given on server 1: Botswana's session on server 2 ends at its next request, a new one has the role
        Page added = chair.submit(chair.get("/plenary/committees.xhtml"), "compose", Map.of("committee", "MONITORING",
                "participant", "BW"), "addParticipant");
        assertTrue(added.messages().contains("The committee has been changed."), added.messages().toString());
        assertEquals("Log in", botswana.get("/accounts/index.xhtml").heading());
        botswana = signedIn(server(2), "focal.bw");
        assertEquals("Working Group on Monitoring, Focal point", botswana.get("/accounts/index.xhtml").text("#roles"));

        // the seat removed on server 1: the role goes on server 2 at the next request
        chair.submit(chair.get("/plenary/committees.xhtml"), "compose", Map.of("committee", "MONITORING",
                "participant", "BW"), "removeParticipant");
        Page after = botswana.get("/accounts/index.xhtml");
        assertEquals("Log in", after.heading());
        assertTrue(after.messages().stream().anyMatch(m -> m.startsWith("Your access has changed")),
                after.messages().toString());
        assertEquals("Focal point", signedIn(server(2), "focal.bw").get("/accounts/index.xhtml").text("#roles"));

        // South Africa suspended on server 1 (by an adopted decision): its session on server 2 ends
        ApplicationSteps.adoptedDecision(server(1), "Administrative decision of the cluster check");
        Page changed = chair.submit(chair.get("/registry/participant.xhtml?iso=ZA"), "statusChange", Map.of("next",
                "SUSPENDED", "date", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(), "decision",
                "Administrative decision of the cluster check", "reason", "Cluster check"), "change");
        assertTrue(changed.messages().contains("The change of status has been recorded."),
                changed.messages().toString());
        Page next = southAfrica.get("/registry/participant.xhtml?iso=CA");
        assertEquals("Log in", next.heading());
        assertTrue(next.messages().stream().anyMatch(m -> m.startsWith("Your access has changed")),
                next.messages().toString());
    }

    @Test
    @Order(3)
    void aSignedInFocalPointGoesOnWhenItsServerIsKilled() throws Exception {
        PortalClient focal = new PortalClient(PROXY);
        focal.get("/?lang=ru");
        focal.login("focal.ru", PASSWORD);
        Page report = focal.get("/reporting/report.xhtml?year=2025");
        assertEquals(200, report.status());
        String holder = report.header("X-Portal-Server");
        int index = Integer.parseInt(holder.substring(holder.lastIndexOf(':') + 1)) - PROXY.getPort();

        // part of the report, saved through the request the report page makes (the session's login)
        String first = "Штраф до миллиона рублей; конфискация алмазов — по решению суда «в полном объёме».";
        HttpResponse<String> saved = save(focal, Map.of(), "/api/v1/reports/2025/RU", "I.A.5", first);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(holder, saved.headers().firstValue("X-Portal-Server").orElse(""), "the session stays put");

        // a page whose backing bean lives in the view (the contacts directory), opened on the same server
        Page contacts = focal.get("/registry/contacts.xhtml");
        assertEquals(holder, contacts.header("X-Portal-Server"));

        // a session's changes are written to the cache at the end of each request, just after its answer: the
        // person reads the page before the server is lost (a server lost within those milliseconds would lose the
        // last page's view, not what was saved)
        Thread.sleep(1000);
        kill(index);

        // the same page's form (its view is kept in the session) goes on on the other server, still signed in
        long killed = System.nanoTime();
        Page given = focal.submit(report, "assign", Map.of("section", "IV", "to", "analyst.ru"), "give");
        System.out.printf("failover: server %d killed; the next request (a form post) answered by %s in %d ms%n",
                index, given.header("X-Portal-Server"), (System.nanoTime() - killed) / 1_000_000);
        assertNotEquals(holder, given.header("X-Portal-Server"));
        assertEquals("kpcs" + indexOf(given.header("X-Portal-Server")), route(focal),
                "the server that took the session over names itself for the proxy");
        assertTrue(given.messages().contains("Раздел поручен; это видят все, кто работает над отчётом."),
                given.messages() + " " + given.heading());
        // the view-scoped page opened before goes on too
        String office = "Гохран — отдел сертификации «Алмазы»";
        Page saved2 = focal.submit(contacts, "contacts", Map.of("entries:3:name", office), "save");
        assertTrue(saved2.messages().contains("Контакты сохранены."), saved2.messages() + " " + saved2.heading());
        assertEquals(office, focal.get("/registry/contacts.xhtml").html()
                .getElementById("contacts:entries:3:name").val());
        String second = "Ввоз и вывоз — только через таможню «Шереметьево» с сертификатом КП.";
        HttpResponse<String> more = save(focal, Map.of(), "/api/v1/reports/2025/RU", "I.A.3", second);
        assertEquals(200, more.statusCode(), more.body());

        // no answer lost
        JsonObject now = json(focal.api("GET", "/api/v1/reports/2025/RU"));
        assertEquals(first, answer(now, "I.A.5").getString("value"));
        assertEquals(second, answer(now, "I.A.3").getString("value"));
        List<String> sections = focal.get("/reporting/report.xhtml?year=2025").texts("nav.report-sections li");
        assertTrue(sections.stream().anyMatch(s -> s.startsWith("IV.") && s.endsWith("— у Аналитик Гохрана")),
                sections.toString());
        assertTrue(focal.get("/accounts/index.xhtml").text("#roles").contains("Контактное лицо"),
                "still signed in after the server was lost");
        focalPoint = focal;
        killedServer = index;
        holdingServer = indexOf(given.header("X-Portal-Server"));
    }

    @Test
    @Order(5)
    void aSaveResentToAnotherServerAfterItWasStoredIsASaveNotAConflict() {
        PortalClient one = new PortalClient(server(1));
        Map<String, String> token = one.bearerFor("focal.ca", PASSWORD);
        JsonObject before = json(one.api("GET", "/api/v1/reports/2025/CA", token));
        int version = before.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("question").equals("I.A.5")).mapToInt(a -> a.getInt("version")).findFirst()
                .orElse(0);
        Map<String, String> headers = new HashMap<>(token);
        headers.put("If-Match", "\"" + version + "\"");
        String body = "{\"value\": " + Json.createValue("Réponse envoyée deux fois — отправлено дважды") + "}";
        HttpResponse<String> first = one.api("PUT", "/api/v1/reports/2025/CA/answers/I.A.5", body, headers);
        assertEquals(200, first.statusCode(), first.body());
        // the proxy resends the same PUT to the other server, as after a server lost before its answer left
        HttpResponse<String> resent = new PortalClient(server(2)).api("PUT", "/api/v1/reports/2025/CA/answers/I.A.5",
                body, headers);
        assertEquals(200, resent.statusCode(), "the stored value is the one sent: no conflict " + resent.body());
        assertEquals(json(first).getInt("version"), json(resent).getInt("version"));
    }

    @Test
    @Order(4)
    void afterASecondFailoverTheSessionIsRoutedToTheServerThatHoldsItNow() throws Exception {
        restart(killedServer);
        // the server back in the cluster receives its share of the sessions' copies before the other one goes
        Thread.sleep(15_000);
        kill(holdingServer);
        Page taken = focalPoint.get("/registry/contacts.xhtml");
        assertEquals(200, taken.status(), taken.heading());
        assertEquals(killedServer, indexOf(taken.header("X-Portal-Server")), "the session moved back over");
        assertEquals("kpcs" + killedServer, route(focalPoint), "the proxy is told where the session is now");
        restart(holdingServer);
        for (int i = 0; i < 5; i++) {
            Page again = focalPoint.get("/accounts/index.xhtml");
            assertTrue(again.text("#roles").contains("Контактное лицо"), "still signed in");
            assertEquals(killedServer, indexOf(again.header("X-Portal-Server")),
                    "the session stays where it is when the other server comes back");
        }
    }

    @Test
    @Order(6)
    void twentyThousandAnonymousPageViewsLeaveASignedInPersonsPagesWorking() throws Exception {
        Page report = focalPoint.get("/reporting/report.xhtml?year=2025");
        Page contacts = focalPoint.get("/registry/contacts.xhtml");
        String[] pages = {"/index.xhtml", "/registry/participants.xhtml?page=2", "/registry/applicants.xhtml", "/statistics/figures.xhtml",
            "/statistics/figures-year.xhtml?year=2005&flow=EXPORT", "/registry/participant.xhtml?iso=BW", "/plenary/decisions.xhtml",
            "/registry/participants.xhtml?q=a&sort=since&dir=desc"};
        java.util.concurrent.atomic.AtomicInteger sessions = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().build();
        java.util.concurrent.ExecutorService crawlers = java.util.concurrent.Executors.newFixedThreadPool(16);
        List<java.util.concurrent.Future<?>> views = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String path = pages[i % pages.length];
            views.add(crawlers.submit(() -> {
                HttpResponse<Void> r = http.send(java.net.http.HttpRequest.newBuilder(PROXY.resolve(path)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() != 200) {
                    failures.incrementAndGet();
                }
                if (r.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"))) {
                    sessions.incrementAndGet();
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> v : views) {
            v.get();
        }
        crawlers.shutdown();
        assertEquals(0, failures.get(), "every anonymous view answered");
        assertEquals(0, sessions.get(), "no anonymous view opened a session");

        Page given = focalPoint.submit(report, "assign", Map.of("section", "V", "to", "analyst.ru"), "give");
        assertEquals("Раздел поручен; это видят все, кто работает над отчётом.", given.messages().get(0),
                given.messages() + " " + given.heading());
        String office = "Гохран — сертификация, после 20 000 просмотров";
        Page saved = focalPoint.submit(contacts, "contacts", Map.of("entries:3:name", office), "save");
        assertTrue(saved.messages().contains("Контакты сохранены."), saved.messages() + " " + saved.heading());
    }

    private static int indexOf(String upstream) {
        return Integer.parseInt(upstream.substring(upstream.lastIndexOf(':') + 1)) - PROXY.getPort();
    }

    /** The server the proxy routes the person's session to (the cookie the portal sets). */
    private static String route(PortalClient client) {
        return client.cookies().stream().filter(c -> c.getName().equals("KPCS_ROUTE")).map(java.net.HttpCookie::getValue)
                .findFirst().orElse("");
    }

    private static void restart(int index) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(SCRIPT, "restart", Integer.toString(index)).inheritIO().start();
        assertEquals(0, p.waitFor(), "cluster.sh restart " + index);
    }

    /** Saves a text answer against the version last seen (as the report page does). */
    private static HttpResponse<String> save(PortalClient client, Map<String, String> auth, String report,
            String question, String text) {
        JsonObject before = json(client.api("GET", report, auth));
        int version = before.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("question").equals(question)).mapToInt(a -> a.getInt("version"))
                .findFirst().orElse(0);
        Map<String, String> headers = new HashMap<>(auth);
        if (version > 0) {
            headers.put("If-Match", "\"" + version + "\"");
        }
        return client.api("PUT", report + "/answers/" + question, "{\"value\": "
                + Json.createValue(text) + ", \"kpOnly\": false}", headers);
    }

    private static JsonObject answer(JsonObject report, String question) {
        return report.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("question").equals(question)).findFirst().orElseThrow();
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static void kill(int index) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(SCRIPT, "kill", Integer.toString(index)).inheritIO().start();
        assertEquals(0, p.waitFor(), "cluster.sh kill " + index);
    }
}
