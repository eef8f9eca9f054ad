package org.kimberleyprocess.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The integration tests' own server ({@code itServer}: the portal's server.xml with the overrides of
 * {@code src/it/liberty}, its own ports and database, laid out by the build), with the real WAR the build made,
 * started once for the whole run by the first test that needs it and stopped when the tests end. Every test class
 * talks to the same deployment; each test makes the data it needs.
 */
final class TestServer {

    static final Path WLP = Path.of("target", "liberty", "wlp").toAbsolutePath();
    static final String NAME = System.getProperty("it.server.name", "itServer");
    private static URI base;
    /** Why the server did not start, once it failed: every later test class fails at once with it. */
    private static RuntimeException failed;

    private TestServer() {
    }

    /** The server's address (with a trailing slash), once it is up with the portal ready. */
    static synchronized URI base() {
        if (failed != null) {
            throw failed;
        }
        if (base == null) {
            try {
                base = start();
            } catch (RuntimeException e) {
                failed = e;
                throw e;
            }
        }
        return base;
    }

    private static URI start() {
        URI uri = URI.create(System.getProperty("it.base.url", "http://localhost:9181") + "/");
        Path dir = WLP.resolve("usr/servers/" + NAME);
        try {
            if (!Files.isRegularFile(dir.resolve("server.xml"))) {
                throw new IllegalStateException("the build lays out the test server (mvn verify): " + dir);
            }
            run("stop"); // a server left running by an interrupted run would hold the ports and the database
            Files.createDirectories(dir.resolve("apps"));
            Files.copy(Path.of(System.getProperty("it.war", "target/kpcs-portal.war")),
                    dir.resolve("apps/kpcs-portal.war"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve("configDropins/overrides/portal-app.xml"), "<server>\n"
                    + "    <webApplication location=\"kpcs-portal.war\" contextRoot=\"/\"/>\n</server>\n");
            requireFreePort(uri);
            run("start");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> run("stop")));
            waitUntilReady(uri, dir);
            return uri;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A server left running by an earlier build whose files are gone (a {@code mvn clean} under it) cannot be stopped
     * by name: the tests would run against it, with its old code and data. Refused instead, with the way out.
     */
    private static void requireFreePort(URI uri) throws IOException {
        try (java.net.Socket taken = new java.net.Socket("localhost", uri.getPort())) {
            throw new IllegalStateException("port " + uri.getPort() + " is taken by another process (a server left"
                    + " from an earlier build?); stop it first, e.g. pkill -f ws-javaagent");
        } catch (java.net.ConnectException free) {
            // nothing listens there: the test server may start
        }
    }

    private static void run(String action) {
        try {
            Process p = new ProcessBuilder(WLP.resolve("bin/server").toString(), action, NAME)
                    .redirectErrorStream(true).redirectOutput(Path.of("target", NAME + "-" + action + ".log").toFile())
                    .start();
            if (!p.waitFor(3, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("server " + action + " " + NAME + " did not return");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntilReady(URI uri, Path dir) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(uri.resolve("health/ready"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200 && http.send(HttpRequest.newBuilder(uri.resolve("index.xhtml"))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Path messages = dir.resolve("logs/messages.log");
            if (Files.exists(messages) && Files.readString(messages).contains("CWWKZ0002E")) {
                throw new IllegalStateException("the portal failed to start; see " + messages);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the portal did not become ready; see " + dir.resolve("logs/messages.log"));
    }
}
