package org.kimberleyprocess.portal.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's people: focal-point accounts {@code bench.001}… spread over the Participants, each with a
 * personal API token and one long-text answer of its Participant's report that it alone saves (so that the only
 * refusals the benchmark can meet are real ones). The accounts are written into the portal's database once (with
 * the demonstration accounts' password, which is why the benchmark runs against a portal in demo mode); the
 * tokens are obtained through the API like any script's and revoked at the end.
 */
final class BenchAccounts {

    /** One account's part: whose report, which answer, with which token, and the answer's version last seen. */
    record Slot(int index, String username, String iso, String code, String token, long tokenId, int[] version) {
        String path(int year) {
            return "/api/v1/reports/" + year + "/" + iso + "/answers/" + code;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;

    BenchAccounts(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Creates the accounts that are missing, one per Participant in turn; returns username → Participant. */
    static Map<String, String> ensureAccounts(String dbUrl, String dbUser, String dbPassword, int count)
            throws SQLException {
        Map<String, String> accounts = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(dbUrl, dbUser, dbPassword)) {
            db.setAutoCommit(false);
            List<String> participants = new ArrayList<>();
            try (ResultSet rs = db.createStatement().executeQuery(
                    "select iso_code from participant where status = 'PARTICIPANT' order by iso_code")) {
                while (rs.next()) {
                    participants.add(rs.getString(1));
                }
            }
            String passwordHash;
            try (ResultSet rs = db.createStatement().executeQuery(
                    "select password_hash from user_account where username = 'focal.bw'")) {
                if (!rs.next()) {
                    throw new IllegalStateException("the portal is not in demo mode (no demonstration accounts)");
                }
                passwordHash = rs.getString(1);
            }
            try (PreparedStatement exists = db.prepareStatement("select 1 from user_account where username = ?");
                 PreparedStatement account = db.prepareStatement("insert into user_account (id, username,"
                         + " display_name, email, password_hash, enabled, must_change_password, failed_logins,"
                         + " created_at, version, acts_for_participant) values (nextval('kpcs_seq'), ?, ?, null, ?,"
                         + " true, false, 0, ?, 1, ?)");
                 PreparedStatement role = db.prepareStatement("insert into user_account_role (account_id, role)"
                         + " select id, 'FOCAL_POINT' from user_account where username = ?")) {
                for (int i = 1; i <= count; i++) {
                    String username = String.format("bench.%03d", i);
                    String iso = participants.get((i - 1) % participants.size());
                    accounts.put(username, iso);
                    exists.setString(1, username);
                    try (ResultSet rs = exists.executeQuery()) {
                        if (rs.next()) {
                            continue;
                        }
                    }
                    account.setString(1, username);
                    account.setString(2, "Benchmark focal point " + i);
                    account.setString(3, passwordHash);
                    account.setObject(4, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
                    account.setString(5, iso);
                    account.executeUpdate();
                    role.setString(1, username);
                    role.executeUpdate();
                }
            }
            db.commit();
        }
        return accounts;
    }

    /** Tokens for the accounts, and for each the answer it saves, which is made to exist now (version known). */
    List<Slot> slots(Map<String, String> accounts, int year) throws Exception {
        List<String> longTexts = new ArrayList<>();
        for (JsonObject section : read(get("/api/v1/questionnaires/" + year, null)).getJsonArray("sections")
                .getValuesAs(JsonObject.class)) {
            for (JsonObject q : section.getJsonArray("questions").getValuesAs(JsonObject.class)) {
                if (q.getString("type").equals("LONG_TEXT")
                        && (!q.containsKey("condition") || q.isNull("condition"))) {
                    longTexts.add(q.getString("code"));
                }
            }
        }
        Map<String, Integer> perParticipant = new LinkedHashMap<>();
        List<Slot> slots = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, String> account : accounts.entrySet()) {
            int nth = perParticipant.merge(account.getValue(), 1, Integer::sum) - 1;
            String code = longTexts.get(nth % longTexts.size());
            JsonObject created = read(send(HttpRequest.newBuilder(URI.create(baseUrl
                    + "/api/v1/tokens?label=benchmark&days=1")).header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((account.getKey() + ":kimberley-demo").getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), 201));
            String token = created.getString("token");
            Slot slot = new Slot(index++, account.getKey(), account.getValue(), code, token,
                    created.getJsonNumber("id").longValue(), new int[1]);
            JsonObject report = read(get("/api/v1/reports/" + year + "/" + slot.iso(), token));
            int version = report.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                    .filter(a -> a.getString("question").equals(code)).mapToInt(a -> a.getInt("version"))
                    .findFirst().orElse(0);
            HttpRequest.Builder first = HttpRequest.newBuilder(URI.create(baseUrl + slot.path(year)))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(ReportSavesSimulation.answer(slot, 0),
                            StandardCharsets.UTF_8));
            if (version > 0) {
                first.header("If-Match", "\"" + version + "\"");
            }
            slot.version()[0] = read(send(first.build(), 200)).getInt("version");
            slots.add(slot);
        }
        return slots;
    }

    void revoke(List<Slot> slots) throws Exception {
        for (Slot slot : slots) {
            send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/tokens/" + slot.tokenId()))
                    .header("Authorization", "Bearer " + slot.token()).DELETE().build(), 204);
        }
    }

    private String get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.GET().build(), 200);
    }

    private String send(HttpRequest request, int expected) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + r.statusCode() + " "
                    + r.body());
        }
        return r.body();
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
