package org.kimberleyprocess.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.it.PortalClient.Page;

/** What responses carry and leave out: caching, security headers, failures, sessions. */
class ResponsesIT extends PortalIT {

    @Test
    void pagesAndApiAnswersAreNeverCachedButStaticResourcesAre() throws Exception {
        PortalClient secretariat = ApplicationSteps.loggedIn(base.toURI(), "secretariat");
        Page audit = secretariat.get("/platform/audit.xhtml");
        assertTrue(audit.header("Cache-Control").contains("no-store"), audit.header("Cache-Control"));
        assertTrue(secretariat.api("GET", "/api/v1/accounts").headers().firstValue("Cache-Control").orElse("")
                .contains("no-store"));
        String script = audit.html().select("script[src]").first().absUrl("src");
        HttpResponse<byte[]> resource = secretariat.bytes(script);
        assertFalse(resource.headers().firstValue("Cache-Control").orElse("").contains("no-store"), script);
    }

    @Test
    void whatLibertyServesCarriesTheSecurityHeadersToo() throws Exception {
        PortalClient client = new PortalClient(base.toURI());
        for (String path : List.of("/health", "/openapi")) {
            HttpResponse<byte[]> answer = client.bytes(base.toURI().resolve(path).toString());
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(""), path);
        }
    }

    @Test
    void readingPublicPagesWithoutAFormOpensNoSession() throws Exception {
        for (String path : List.of("/", "/index.xhtml?lang=ru", "/registry/observers.xhtml?lang=fr", "/registry/chairs.xhtml?lang=es",
                "/plenary/committees.xhtml?lang=pt", "/registry/participant.xhtml?iso=BW&lang=fr")) {
            PortalClient crawler = new PortalClient(base.toURI());
            Page page = crawler.get(path);
            assertEquals(200, page.status(), path);
            assertFalse(crawler.cookies().stream().anyMatch(c -> c.getName().equals("JSESSIONID")),
                    path + " opened a session: " + crawler.cookies());
            String policy = page.header("Content-Security-Policy");
            String nonce = page.html().select("script[nonce]").first().attr("nonce");
            assertTrue(policy.contains("'nonce-" + nonce + "'"), path + ": scripts run under the page's policy");
        }
        PortalClient visitor = new PortalClient(base.toURI());
        visitor.get("/accounts/login.xhtml");
        assertTrue(visitor.cookies().stream().anyMatch(c -> c.getName().equals("JSESSIONID")),
                "a page with a form keeps its view state in a session");
        PortalClient chair = ApplicationSteps.loggedIn(base.toURI(), "chair");
        Page withForm = chair.get("/registry/participant.xhtml?iso=BW");
        assertTrue(withForm.html().getElementById("statusChange") != null, "the Chair still gets the status form");
    }

    @Test
    void aFailedAjaxRequestSaysOnlyThatItFailed() throws Exception {
        PortalClient client = new PortalClient(base.toURI(), "fr");
        client.get("/?lang=fr");
        client.login("secretariat", DEMO_PASSWORD);
        Page list = client.get("/platform/audit.xhtml");
        Element form = list.html().getElementById("audit");
        Map<String, String> data = new LinkedHashMap<>();
        form.select("input[name]").forEach(i -> data.put(i.attr("name"), i.val()));
        data.put("jakarta.faces.partial.ajax", "true");
        data.put("jakarta.faces.source", "audit:events");
        data.put("jakarta.faces.partial.execute", "audit:events");
        data.put("jakarta.faces.partial.render", "audit:events");
        data.put("audit:events_pagination", "true");
        data.put("audit:events_first", "not-a-number");
        data.put("audit:events_rows", "many");
        data.put("audit:events_encodeFeature", "true");
        String answer = client.post(form.attr("action"), data).html().outerHtml();
        assertFalse(answer.contains("java.") || answer.contains("Exception"), answer);
        assertTrue(answer.contains("La requête n’a pas pu aboutir"), answer);
    }
}
