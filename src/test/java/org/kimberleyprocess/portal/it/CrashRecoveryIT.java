package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;

/**
 * A save the portal has acknowledged survives the server process being killed at once ({@code kill -9}). The
 * portal runs here in a Liberty server of its own ({@code faultServer}, port 9281), started as an operator
 * starts it, on the database the build tests against (a fresh embedded H2 file, or a fresh PostgreSQL database
 * beside the integration tests' one). The H2 address deliberately leaves out any write-delay setting: the
 * portal itself must make every commit durable.
 */
class CrashRecoveryIT {

    static final String SERVER = "faultServer";
    static final int HTTP_PORT = 9281;
    static final Path WLP = Path.of("target", "liberty", "wlp").toAbsolutePath();
    static final Path SERVER_DIR = WLP.resolve("usr/servers/" + SERVER);
    static final URI BASE = URI.create("http://localhost:" + HTTP_PORT + "/");

    private long pid = -1;

    @AfterEach
    void stopServer() throws Exception {
        if (pid > 0) {
            kill();
        }
    }

    @Test
    void everyAcknowledgedSaveIsThereAfterTheServerIsKilled() throws Exception {
        prepareServer();
        start();
        String philippines = String.format("KP-%d-001", LocalDate.now(ZoneOffset.UTC).getYear());

        PortalClient secretariat = ApplicationSteps.loggedIn(BASE, "secretariat");
        Map<String, String> contact = new HashMap<>();
        contact.put("entries:0:name", "Thandiwe Nkosi");
        contact.put("entries:0:organisation", "Département des mines — Кот-д’Ивуар");
        Page saved = secretariat.submit(secretariat.get("/account/contacts.xhtml?iso=ZA"), "contacts", contact, "save");
        assertTrue(saved.messages().contains("The contacts have been saved."), saved.messages().toString());

        PortalClient committee = ApplicationSteps.loggedIn(BASE, "committee");
        List<String> notes = new ArrayList<>();
        Page file = committee.get("/committee/application.xhtml?ref=" + philippines);
        for (int i = 1; i <= 5; i++) {
            String note = "Acknowledged note " + i + " of " + Instant.now();
            file = committee.submit(file, "committee", Map.of("text", note), "note");
            assertTrue(file.textsIn("notes", "td").contains(note), "the portal acknowledged note " + i);
            notes.add(note);
        }
        kill(); // at once, right after the last acknowledgement

        start();
        Page after = ApplicationSteps.loggedIn(BASE, "committee").get("/committee/application.xhtml?ref=" + philippines);
        List<String> kept = after.textsIn("notes", "td");
        for (String note : notes) {
            assertTrue(kept.contains(note), "lost after the crash: " + note + " (kept: " + kept + ")");
        }
        List<String> contacts = ApplicationSteps.loggedIn(BASE, "secretariat").get("/participant.xhtml?iso=ZA")
                .textsIn("contacts", "td");
        assertTrue(contacts.contains("Thandiwe Nkosi") && contacts.contains("Département des mines — Кот-д’Ивуар"),
                contacts.toString());
    }

    /** The portal's own server.xml, the WAR, and overrides for its port and a fresh database. */
    private void prepareServer() throws Exception {
        if (Files.exists(SERVER_DIR)) {
            try (var paths = Files.walk(SERVER_DIR)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(SERVER_DIR.resolve("apps"));
        Files.createDirectories(SERVER_DIR.resolve("configDropins/overrides"));
        Files.copy(Path.of("server-config", "server.xml"), SERVER_DIR.resolve("server.xml"));
        Files.copy(Path.of(System.getProperty("it.war", "target/kpcs-portal.war")),
                SERVER_DIR.resolve("apps/kpcs-portal.war"), StandardCopyOption.REPLACE_EXISTING);
        Path data = Path.of("target", "fault-data").toAbsolutePath();
        if (Files.exists(data)) {
            try (var paths = Files.walk(data)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(data);
        String url = freshDatabase(data);
        Files.writeString(SERVER_DIR.resolve("configDropins/overrides/fault.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <server>
                    <variable name="http.port" value="%d"/>
                    <variable name="https.port" value="%d"/>
                    <variable name="db.url" value="%s"/>
                    <variable name="db.user" value="%s"/>
                    <variable name="db.password" value="%s"/>
                    <variable name="kpcs.data.dir" value="%s"/>
                    <variable name="kpcs.demo" value="true"/>
                    <webApplication location="kpcs-portal.war" contextRoot="/"/>
                </server>
                """.formatted(HTTP_PORT, HTTP_PORT + 362, xml(url), xml(user()), xml(password()), xml(data.toString())));
    }

    /** The database to crash on: a new H2 file, or a new PostgreSQL database next to the tests' one. */
    private static String freshDatabase(Path data) throws Exception {
        String tests = System.getProperty("it.db.url", "");
        if (!tests.startsWith("jdbc:postgresql:")) {
            return "jdbc:h2:file:" + data.resolve("kpcs") + ";DB_CLOSE_ON_EXIT=FALSE";
        }
        int slash = tests.lastIndexOf('/');
        String server = tests.substring(0, slash + 1);
        String name = tests.substring(slash + 1).replaceAll("[^A-Za-z0-9_]", "") + "_fault";
        try (Connection c = DriverManager.getConnection(server + "postgres", user(), password());
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
        return server + name;
    }

    private static String user() {
        return System.getProperty("it.db.user", "kpcs");
    }

    private static String password() {
        return System.getProperty("it.db.password", "kpcs");
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    /** Starts the server as an operator does and waits until the portal answers as ready. */
    private void start() throws Exception {
        Process launcher = new ProcessBuilder(WLP.resolve("bin/server").toString(), "start", SERVER)
                .redirectErrorStream(true).redirectOutput(Path.of("target", "fault-server-start.log").toFile())
                .start();
        assertTrue(launcher.waitFor(3, TimeUnit.MINUTES), "the server start script returned");
        assertEquals(0, launcher.exitValue(), "server start " + SERVER + ": see target/fault-server-start.log");
        pid = Long.parseLong(Files.readString(WLP.resolve("usr/servers/.pid/" + SERVER + ".pid")).strip());
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(BASE.resolve("/health/ready"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && http.send(HttpRequest.newBuilder(BASE.resolve("/index.xhtml"))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the portal did not become ready; see " + SERVER_DIR.resolve("logs/messages.log"));
    }

    /** kill -9: the process ends without a chance to write anything more. */
    private void kill() throws Exception {
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no server process " + pid));
        assertTrue(server.destroyForcibly(), "SIGKILL sent");
        server.onExit().get(1, TimeUnit.MINUTES);
        pid = -1;
        Files.deleteIfExists(WLP.resolve("usr/servers/.pid/" + SERVER + ".pid"));
    }
}
