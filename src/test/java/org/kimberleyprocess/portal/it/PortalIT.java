package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * What every integration test of the portal shares: the test server with the real WAR the build made, started once
 * for the run ({@link TestServer}); its address; people signed in as the demonstration accounts (through the login
 * page, or as a script with a personal token); and reading the API's JSON.
 */
public abstract class PortalIT {

    /** The password of every demonstration account. */
    public static final String DEMO_PASSWORD = "kimberley-demo";

    /** The server's address, with a trailing slash (so that {@code base + "login.xhtml"} is a page's address). */
    protected final URL base = toUrl(TestServer.base());

    private static URL toUrl(URI uri) {
        try {
            return uri.toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server's address. */
    protected URI uri() {
        try {
            return base.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Someone not signed in, reading in a language ({@code null}: the browser's default). */
    protected PortalClient visitor(String language) {
        return new PortalClient(uri(), language);
    }

    /** A demonstration account signed in through the login page (in English). */
    protected PortalClient signedIn(String username) {
        return ApplicationSteps.loggedIn(uri(), username);
    }

    /** An account signed in through the login page with its own password, reading in a language. */
    protected PortalClient signedIn(String username, String password, String language) {
        PortalClient client = new PortalClient(uri(), language);
        client.get("/?lang=" + (language == null ? "en" : language));
        client.login(username, password);
        return client;
    }

    /** One token per demonstration account for the run (an account holds at most ten live tokens). */
    private static final Map<String, Map<String, String>> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The header a script sends to act as a demonstration account: its personal token for the run, a new one when a
     * test has ended the last (a new password revokes the account's tokens).
     */
    protected Map<String, String> tokenOf(String username) {
        Map<String, String> known = TOKENS.get(username);
        if (known == null || new PortalClient(uri()).api("GET", "/api/v1/accounts/me", known).statusCode() != 200) {
            known = new PortalClient(uri()).bearerFor(username, DEMO_PASSWORD);
            TOKENS.put(username, known);
        }
        return known;
    }

    /** A JSON object of string members, given as name, value, name, value, … */
    protected static String body(String... pairs) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            b.add(pairs[i], pairs[i + 1]);
        }
        return b.build().toString();
    }

    /** An answer's JSON object, after checking its status. */
    protected static JsonObject json(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return json(response);
    }

    protected static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    protected static JsonArray array(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }
}
