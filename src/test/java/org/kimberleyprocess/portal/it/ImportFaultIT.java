package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.statistics.application.HostileWorkbooks;

/**
 * The fault test of the statistics import: while two hostile Excel files (millions of cells in a small file; shared
 * strings far beyond what a statistics file holds) and a CSV file of 199,999 bad lines are imported at once, the
 * server goes on answering ({@code /health/live} within a second), its resident memory stays within 512 MiB of what
 * it was, each import is refused within ten seconds with a clear message in the caller's language (the bad file's
 * answer lists its first thousand problems and counts the lines not checked), and a good import right after works.
 */
class ImportFaultIT extends PortalIT {

    private static final long MIB = 1024 * 1024;

    /** The test server's JVM (the one TestServer started for the run). */
    private static long serverPid() {
        String server = System.getProperty("it.server.name", "itServer");
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains("java")
                && c.contains(server) && !c.contains("surefire") && !c.contains("failsafe")).orElse(false))
                .mapToLong(ProcessHandle::pid).max().orElseThrow(() -> new AssertionError("no " + server + " process"));
    }

    private static long residentBytes(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024)
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String allBad(int lines) {
        StringBuilder b = new StringBuilder("participant,year,period,flow,hs_code,partner,carats,value_usd,"
                + "certificates\n");
        for (int i = 0; i < lines; i++) {
            b.append("BW,2019,Q1,EXPORT,7102.99,BE,1,1,1\n");
        }
        return b.toString();
    }

    @Test
    void hostileImportsAreRefusedQuicklyWhileTheServerGoesOnAndAGoodImportWorksAfter() throws Exception {
        Map<String, String> token = tokenOf("statistics");
        byte[] wide = HostileWorkbooks.wide(300, 16_000, true);
        byte[] strings = HostileWorkbooks.hugeStrings(70);
        byte[] bad = allBad(199_999).getBytes(StandardCharsets.UTF_8);
        long pid = serverPid();
        long before = residentBytes(pid);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicBoolean importing = new AtomicBoolean(true);
        AtomicLong slowestHealth = new AtomicLong();
        AtomicLong largestResident = new AtomicLong(before);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Future<?> watch = pool.submit(() -> {
            while (importing.get()) {
                long start = System.nanoTime();
                try {
                    HttpResponse<Void> live = http.send(HttpRequest.newBuilder(URI.create(base + "health/live"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                    assertEquals(200, live.statusCode());
                } catch (IOException e) {
                    slowestHealth.set(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
                slowestHealth.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                largestResident.accumulateAndGet(residentBytes(pid), Math::max);
                Thread.sleep(200);
            }
            return null;
        });

        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        List<Future<Timed>> imports = new ArrayList<>();
        imports.add(pool.submit(() -> timed(token, xlsx, wide)));
        imports.add(pool.submit(() -> timed(token, xlsx, strings)));
        imports.add(pool.submit(() -> timed(token, "text/csv", bad)));
        List<Timed> answers = new ArrayList<>();
        for (Future<Timed> f : imports) {
            answers.add(f.get(60, TimeUnit.SECONDS));
        }
        Thread.sleep(1_000);
        importing.set(false);
        watch.get(30, TimeUnit.SECONDS);
        pool.shutdown();

        String[] why = {"statistics.import.error.cells", "statistics.import.error.workbookSize",
            "statistics.import.error.hsCode"};
        for (int i = 0; i < answers.size(); i++) {
            Timed t = answers.get(i);
            assertTrue(t.millis() < 10_000, "refused in " + t.millis() + " ms");
            JsonObject problem = json(t.response());
            if (t.response().statusCode() == 503) {
                // no turn free for it: refused as busy, with when to come back
                assertEquals("error.busy", problem.getString("key"));
                assertTrue(problem.getString("detail").startsWith("Le portail traite d’autres importations"));
                assertTrue(t.response().headers().firstValue("Retry-After").isPresent());
                continue;
            }
            assertEquals(422, t.response().statusCode(), t.response().body());
            assertTrue(problem.getString("detail").startsWith("Rien n’a été importé"), problem.getString("detail"));
            JsonObject first = problem.getJsonArray("problems").getJsonObject(0);
            assertEquals(why[i], first.getString("key"));
            assertTrue(first.getString("message").matches(".*\\p{L}.*") && !first.getString("message")
                    .equals(first.getString("key")), first.toString());
        }
        JsonObject refused = json(answers.get(2).response());
        if (answers.get(2).response().statusCode() == 422) {
            assertEquals(1_000, refused.getJsonArray("problems").size());
            assertEquals(198_999, refused.getJsonNumber("unchecked").longValue());
            assertTrue(answers.get(2).response().body().length() < 1_000_000, "a short answer");
        }
        assertTrue(slowestHealth.get() < 1_000, "/health/live answered in " + slowestHealth.get() + " ms at worst");
        long grown = largestResident.get() - before;
        assertTrue(grown < 512 * MIB, "the server grew by " + grown / MIB + " MiB");

        String good = "participant,year,period,flow,hs_code,partner,carats,value_usd,certificates\n"
                + "BW,2019,Q1,EXPORT,7102.31,BE,100.5,20000,2\n";
        HttpResponse<String> stored = visitor("en").apiBody("POST", "/api/v1/statistics/imports", "text/csv",
                good.getBytes(StandardCharsets.UTF_8), token);
        assertEquals(201, stored.statusCode(), stored.body());
    }

    /** An answer and how long it took. */
    private record Timed(HttpResponse<String> response, long millis) {
    }

    private Timed timed(Map<String, String> token, String type, byte[] content) {
        long start = System.nanoTime();
        HttpResponse<String> r = visitor("fr").apiBody("POST", "/api/v1/statistics/imports", type, content, token);
        return new Timed(r, (System.nanoTime() - start) / 1_000_000);
    }
}
