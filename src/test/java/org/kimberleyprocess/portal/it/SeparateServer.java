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
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Liberty server of a test's own, apart from the integration tests' one: the portal's server.xml and WAR, its
 * own port, a fresh database of the kind the build tests against (an embedded H2 file, or a PostgreSQL database
 * beside the tests' one), started with {@code bin/server start} as an operator starts it.
 */
final class SeparateServer {

    static final Path WLP = Path.of("target", "liberty", "wlp").toAbsolutePath();

    final String name;
    final int httpPort;
    final URI base;
    final Path dir;
    final Path data;
    private long pid = -1;

    SeparateServer(String name, int httpPort) {
        this.name = name;
        this.httpPort = httpPort;
        this.base = URI.create("http://localhost:" + httpPort + "/");
        this.dir = WLP.resolve("usr/servers/" + name);
        this.data = Path.of("target", name + "-data").toAbsolutePath();
    }

    /** Lays the server out afresh; {@code variables} are Liberty variables of this server (demo mode, ...). */
    void prepare(Map<String, String> variables) throws Exception {
        delete(dir);
        delete(data);
        Files.createDirectories(dir.resolve("apps"));
        Files.createDirectories(dir.resolve("configDropins/overrides"));
        Files.createDirectories(data);
        Files.copy(Path.of("server-config", "server.xml"), dir.resolve("server.xml"));
        Files.copy(Path.of(System.getProperty("it.war", "target/kpcs-portal.war")), dir.resolve("apps/kpcs-portal.war"),
                StandardCopyOption.REPLACE_EXISTING);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<server>\n");
        Map<String, String> all = new java.util.LinkedHashMap<>();
        all.put("http.port", String.valueOf(httpPort));
        all.put("https.port", String.valueOf(httpPort + 362));
        all.put("db.url", freshDatabase());
        all.put("db.user", user());
        all.put("db.password", password());
        all.put("kpcs.data.dir", data.toString());
        all.putAll(variables);
        all.forEach((k, v) -> xml.append("    <variable name=\"").append(k).append("\" value=\"").append(escape(v))
                .append("\"/>\n"));
        xml.append("    <webApplication location=\"kpcs-portal.war\" contextRoot=\"/\"/>\n</server>\n");
        Files.writeString(dir.resolve("configDropins/overrides/separate.xml"), xml);
    }

    /** Starts the server and waits until the portal answers as ready. */
    void start() throws Exception {
        Path log = Path.of("target", name + "-start.log");
        Process launcher = new ProcessBuilder(WLP.resolve("bin/server").toString(), "start", name)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(launcher.waitFor(3, TimeUnit.MINUTES), "the server start script returned");
        assertEquals(0, launcher.exitValue(), "server start " + name + ": see " + log);
        pid = Long.parseLong(Files.readString(WLP.resolve("usr/servers/.pid/" + name + ".pid")).strip());
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.resolve("/health/ready"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && http.send(HttpRequest.newBuilder(base.resolve("/index.xhtml"))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Path messages = dir.resolve("logs/messages.log");
            if (Files.exists(messages) && Files.readString(messages).contains("CWWKZ0002E")) {
                throw new AssertionError("the portal failed to start; see " + messages);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the portal did not become ready; see " + dir.resolve("logs/messages.log"));
    }

    /** kill -9: the process ends without a chance to write anything more. */
    void kill() throws Exception {
        if (pid <= 0) {
            return;
        }
        ProcessHandle server = ProcessHandle.of(pid).orElse(null);
        if (server != null) {
            assertTrue(server.destroyForcibly(), "SIGKILL sent");
            server.onExit().get(1, TimeUnit.MINUTES);
        }
        pid = -1;
        Files.deleteIfExists(WLP.resolve("usr/servers/.pid/" + name + ".pid"));
    }

    /** The server's log so far. */
    String log() throws IOException {
        return Files.readString(dir.resolve("logs/messages.log"));
    }

    private String freshDatabase() throws Exception {
        String tests = System.getProperty("it.db.url", "");
        if (!tests.startsWith("jdbc:postgresql:")) {
            return "jdbc:h2:file:" + data.resolve("kpcs") + ";DB_CLOSE_ON_EXIT=FALSE";
        }
        int slash = tests.lastIndexOf('/');
        String server = tests.substring(0, slash + 1);
        String database = tests.substring(slash + 1).replaceAll("[^A-Za-z0-9_]", "") + "_"
                + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        try (Connection c = DriverManager.getConnection(server + "postgres", user(), password());
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database);
        }
        return server + database;
    }

    private static String user() {
        return System.getProperty("it.db.user", "kpcs");
    }

    private static String password() {
        return System.getProperty("it.db.password", "kpcs");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static void delete(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var paths = Files.walk(path)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
