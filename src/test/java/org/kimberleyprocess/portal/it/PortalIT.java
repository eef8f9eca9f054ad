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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test of the portal shares: the real WAR the build made, deployed to the test server; the
 * server's address; people signed in as the demonstration accounts (through the login page, or as a script with a
 * personal token); and reading the API's JSON.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class PortalIT {

    /** The password of every demonstration account. */
    public static final String DEMO_PASSWORD = "kimberley-demo";

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    protected URL base;

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

    /** The header a script sends to act as a demonstration account: a new personal token. */
    protected Map<String, String> tokenOf(String username) {
        return new PortalClient(uri()).bearerFor(username, DEMO_PASSWORD);
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
