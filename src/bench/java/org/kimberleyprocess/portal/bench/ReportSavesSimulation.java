package org.kimberleyprocess.portal.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Focal points saving answers of the annual report through the request the report page makes
 * ({@code PUT /api/v1/reports/{year}/{iso}/answers/{code}} with {@code If-Match}), authenticated by personal API
 * tokens: 200 accounts spread over the Participants, each saving every two seconds on average, as an open model
 * (100 saves a second arrive whatever the portal's answer time) for a minute; beside them, {@code /health/live} at
 * 10 requests a second, the ceiling of the server in the same run. Before the measured minute, 30 seconds of the
 * same saves warm the server up (reported apart as "warm-up save"). Targets: saves p95 under 50 ms, no error.
 *
 * <p>System properties: {@code bench.url} (default http://localhost:9080), {@code bench.db.url},
 * {@code bench.db.user}, {@code bench.db.password} (the portal's PostgreSQL database, where the accounts are
 * created once), {@code bench.accounts} (200), {@code bench.rate} (saves a second, 100), {@code bench.seconds} (60),
 * {@code bench.year} (2025), {@code bench.warmup} (seconds, 30).
 */
public class ReportSavesSimulation extends Simulation {

    static final String URL = System.getProperty("bench.url", "http://localhost:9080");
    static final int ACCOUNTS = Integer.getInteger("bench.accounts", 200);
    static final int RATE = Integer.getInteger("bench.rate", 100);
    static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    static final int YEAR = Integer.getInteger("bench.year", 2025);
    static final int WARM_UP = Integer.getInteger("bench.warmup", 30);

    private static volatile List<BenchAccounts.Slot> slots = List.of();
    private static final AtomicLong SAVES = new AtomicLong();

    /** An answer a focal point would type, different at every save. */
    static String answer(BenchAccounts.Slot slot, long n) {
        return "{\"value\": \"Saisie n° " + n + " — ответ " + slot.username() + ": контроль экспорта «Кимберли»\","
                + " \"kpOnly\": false}";
    }

    /** The accounts in turn: at 100 arrivals a second, each of the 200 saves once every two seconds. */
    private static final Iterator<Map<String, Object>> TURNS = new Iterator<>() {
        private final AtomicLong next = new AtomicLong();

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public Map<String, Object> next() {
            List<BenchAccounts.Slot> all = slots;
            BenchAccounts.Slot slot = all.get((int) (next.getAndIncrement() % all.size()));
            return Map.of("slot", slot, "path", slot.path(YEAR), "token", "Bearer " + slot.token());
        }
    };

    private final HttpProtocolBuilder protocol = http.baseUrl(URL).acceptHeader("application/json")
            .shareConnections().disableCaching();

    private final ScenarioBuilder warmUp = saving("warming up", "warm-up save");

    private final ScenarioBuilder saves = saving("focal points saving answers", "save an answer");

    /** A focal point's save: the answer's version last seen as If-Match, the new one kept from the ETag. */
    private static ScenarioBuilder saving(String scenario, String request) {
        return scenario(scenario).feed(TURNS)
                .exec(session -> {
                    BenchAccounts.Slot slot = (BenchAccounts.Slot) session.get("slot");
                    return session.set("ifMatch", "\"" + slot.version()[0] + "\"")
                            .set("body", answer(slot, SAVES.incrementAndGet()));
                })
                .exec(http(request).put("#{path}").header("Authorization", "#{token}")
                        .header("If-Match", "#{ifMatch}").header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody("#{body}")).check(status().is(200), header("ETag").saveAs("etag")))
                .exec(session -> {
                    if (session.contains("etag")) {
                        BenchAccounts.Slot slot = (BenchAccounts.Slot) session.get("slot");
                        slot.version()[0] = Integer.parseInt(session.getString("etag").replace("\"", ""));
                    }
                    return session;
                });
    }

    private final ScenarioBuilder live = scenario("the server's ceiling")
            .exec(http("health live").get("/health/live").check(status().is(200)));

    {
        // 30 seconds of the same saves first, reported apart: the server's code is compiled while it runs
        setUp(warmUp.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(WARM_UP))).andThen(
                saves.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))),
                live.injectOpen(constantUsersPerSec(10).during(Duration.ofSeconds(SECONDS)))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L),
                        details("save an answer").responseTime().percentile(95.0).lt(50));
    }

    @Override
    public void before() {
        try {
            Map<String, String> accounts = BenchAccounts.ensureAccounts(
                    System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/kpcs_bench"),
                    System.getProperty("bench.db.user", "postgres"), System.getProperty("bench.db.password", "postgres"),
                    ACCOUNTS);
            slots = new BenchAccounts(URL).slots(accounts, YEAR);
            System.out.printf("%d focal-point accounts over %d Participants, each with a token and an answer%n",
                    slots.size(), accounts.values().stream().distinct().count());
        } catch (Exception e) {
            throw new IllegalStateException("setting up the benchmark's accounts failed", e);
        }
    }

    @Override
    public void after() {
        try {
            new BenchAccounts(URL).revoke(slots);
        } catch (Exception e) {
            throw new IllegalStateException("revoking the benchmark's tokens failed", e);
        }
    }
}
