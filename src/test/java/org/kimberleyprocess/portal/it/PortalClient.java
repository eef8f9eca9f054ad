package org.kimberleyprocess.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person at a browser without scripts: follows links and redirects, keeps cookies, fills in and submits
 * forms with everything the page put in them (view state, CSP nonce, submit marker).
 */
public final class PortalClient {

    /** A page as received: status, final address, headers and parsed HTML. */
    public record Page(int status, URI uri, Map<String, List<String>> headers, Document html) {
        public String text(String cssQuery) {
            Element e = html.selectFirst(cssQuery);
            return e == null ? null : e.text();
        }

        public List<String> texts(String cssQuery) {
            return html.select(cssQuery).eachText();
        }

        /** Texts of the elements matching a query inside the element with an id (ids may hold ':'). */
        public List<String> textsIn(String id, String cssQuery) {
            Element scope = html.getElementById(id);
            return scope == null ? List.of() : scope.select(cssQuery).eachText();
        }

        /** The elements matching a query inside the element with an id. */
        public org.jsoup.select.Elements within(String id, String cssQuery) {
            Element scope = html.getElementById(id);
            return scope == null ? new org.jsoup.select.Elements() : scope.select(cssQuery);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).collect(Collectors.joining(", "));
        }

        public String heading() {
            return text("main h1");
        }

        public List<String> menu() {
            return texts("nav.portal-menu a");
        }

        public List<String> messages() {
            return texts(".ui-messages li, .ui-messages span.ui-messages-error-summary,"
                    + " .ui-messages span.ui-messages-warn-summary, .ui-messages span.ui-messages-info-summary,"
                    + " .ui-message");
        }
    }

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    /** The same browser, for looking at one answer without following its redirect. */
    private final HttpClient direct;
    private final String acceptLanguage;
    /**
     * The address this person connects from. The test server trusts the loopback as a proxy, so each client
     * stands for a person at an address of its own (IPv6 documentation addresses), as the limits per address see it.
     */
    private final String address;
    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

    public PortalClient(URI base) {
        this(base, null);
    }

    public PortalClient(URI base, String acceptLanguage) {
        this(base, acceptLanguage, "2001:db8::" + Integer.toHexString(ADDRESSES.incrementAndGet()));
    }

    /** A person at a given address (to put several clients behind one address). */
    public PortalClient(URI base, String acceptLanguage, String address) {
        this.base = base;
        this.acceptLanguage = acceptLanguage;
        this.address = address;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20)).build();
        this.direct = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(20)).build();
    }

    public Page get(String path) {
        return page(request(path).GET().build());
    }

    /** A download, as bytes. */
    public HttpResponse<byte[]> bytes(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> api(String method, String path) {
        HttpRequest.Builder b = request(path).header("Accept", "application/json");
        b = "POST".equals(method) ? b.POST(HttpRequest.BodyPublishers.noBody()) : b.GET();
        return send(b.build());
    }

    /** An API call with a JSON body. */
    public HttpResponse<String> api(String method, String path, String json) {
        return api(method, path, json, Map.of());
    }

    /** An API call with a JSON body and headers of the caller's choosing (such as If-Match). */
    public HttpResponse<String> api(String method, String path, String json, Map<String, String> headers) {
        HttpRequest.Builder b = request(path).header("Accept", "application/json")
                .header("Content-Type", "application/json; charset=UTF-8");
        headers.forEach(b::header);
        return send(b.method(method, HttpRequest.BodyPublishers.ofString(json,
                java.nio.charset.StandardCharsets.UTF_8)).build());
    }

    /**
     * The header that authenticates a script as the account: a new personal token obtained with the username and
     * password (HTTP Basic on POST /api/v1/tokens).
     */
    public Map<String, String> bearerFor(String username, String password) {
        HttpResponse<String> created = api("POST", "/api/v1/tokens", Map.of("Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString((username + ":" + password)
                        .getBytes(StandardCharsets.UTF_8))));
        if (created.statusCode() != 201) {
            throw new AssertionError("no token for " + username + ": " + created.statusCode() + " " + created.body());
        }
        return Map.of("Authorization", "Bearer " + jakarta.json.Json.createReader(new java.io.StringReader(
                created.body())).readObject().getString("token"));
    }

    /** An API call whose body is a file of the given media type (such as text/csv), with headers. */
    public HttpResponse<String> apiBody(String method, String path, String contentType, byte[] content,
                                        Map<String, String> headers) {
        HttpRequest.Builder b = request(path).header("Accept", "application/json").header("Content-Type", contentType);
        headers.forEach(b::header);
        return send(b.method(method, HttpRequest.BodyPublishers.ofByteArray(content)).build());
    }

    /** A file sent to the API as the multipart part {@code file}. */
    public HttpResponse<String> apiUpload(String path, Upload file) {
        return apiUpload(path, file, Map.of());
    }

    /** The same, with headers of the caller's choosing (such as If-Match). */
    public HttpResponse<String> apiUpload(String path, Upload file, Map<String, String> headers) {
        String boundary = "kpcs-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file.content());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = request(path).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        headers.forEach(b::header);
        return send(b.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** An API call with headers of the caller's choosing (such as those a browser adds on another site's page). */
    public HttpResponse<String> api(String method, String path, Map<String, String> headers) {
        HttpRequest.Builder b = request(path).header("Accept", "application/json");
        headers.forEach(b::header);
        b = "POST".equals(method) ? b.POST(HttpRequest.BodyPublishers.noBody()) : b.GET();
        return send(b.build());
    }

    /** Submits a form like {@link #submit} but returns the server's first answer (its cookies and redirect). */
    public HttpResponse<String> submitWithoutFollowing(Page page, String formId, Map<String, String> fields,
                                                       String buttonId) {
        return submitDirect(page, formId, fields, buttonId, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Submits a form whose answer is a download (an export), returning its bytes. */
    public HttpResponse<byte[]> submitForBytes(Page page, String formId, Map<String, String> fields, String buttonId) {
        return submitDirect(page, formId, fields, buttonId, HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> submitDirect(Page page, String formId, Map<String, String> fields, String buttonId,
                                             HttpResponse.BodyHandler<T> handler) {
        Map<String, String> data = formData(page, formId, fields, buttonId);
        String action = page.html().getElementById(formId).attr("action");
        String body = data.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(base.resolve(action)).timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return direct.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fills in a form by field ids (without the form prefix) and presses one of its buttons. */
    public Page submit(Page page, String formId, Map<String, String> fields, String buttonId) {
        Element form = page.html().getElementById(formId);
        if (form == null) {
            throw new AssertionError("no form " + formId + " on " + page.uri() + ": " + page.heading());
        }
        if ("multipart/form-data".equals(form.attr("enctype"))) {
            return submitWithFiles(page, formId, fields, Map.of(), buttonId);
        }
        Map<String, String> data = formData(page, formId, fields, buttonId);
        return post(form.absUrl("action").isEmpty() ? form.attr("action") : form.absUrl("action"), data);
    }

    private static Map<String, String> formData(Page page, String formId, Map<String, String> fields,
                                                String buttonId) {
        Element form = page.html().getElementById(formId);
        if (form == null) {
            throw new AssertionError("no form " + formId + " on " + page.uri() + ": " + page.heading());
        }
        Map<String, String> data = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type");
            if ("checkbox".equals(type)) {
                if (input.hasAttr("checked")) {
                    data.put(input.attr("name"), "on");
                }
            } else if (!"submit".equals(type) && !"button".equals(type) && !"file".equals(type)) {
                data.put(input.attr("name"), "select".equals(input.tagName())
                        ? input.select("option[selected]").val() : input.val());
            }
        }
        fields.forEach((id, value) -> {
            if (value == null) {
                data.remove(formId + ":" + id);
            } else {
                data.put(formId + ":" + id, value);
            }
        });
        Element button = form.getElementById(buttonId.contains(":") ? buttonId : formId + ":" + buttonId);
        if (button == null) {
            button = form.selectFirst("[id$=" + buttonId + "]");
        }
        if (button == null) {
            throw new AssertionError("no button " + buttonId + " in form " + formId);
        }
        data.put(button.attr("name"), button.val());
        return data;
    }

    /** A file to upload: its name as the user's computer calls it, and its bytes. */
    public record Upload(String fileName, String contentType, byte[] content) {
    }

    /** Like {@link #submit}, for a multipart form with file fields (ids without the form prefix). */
    public Page submitWithFiles(Page page, String formId, Map<String, String> fields, Map<String, Upload> files,
                                String buttonId) {
        Element form = page.html().getElementById(formId);
        if (form == null) {
            throw new AssertionError("no form " + formId + " on " + page.uri() + ": " + page.heading());
        }
        Map<String, String> data = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type");
            if (!"submit".equals(type) && !"button".equals(type) && !"checkbox".equals(type) && !"file".equals(type)) {
                data.put(input.attr("name"), "select".equals(input.tagName())
                        ? input.select("option[selected]").val() : input.val());
            }
        }
        fields.forEach((id, value) -> data.put(formId + ":" + id, value));
        Element button = form.getElementById(buttonId.startsWith(formId + ":") ? buttonId : formId + ":" + buttonId);
        if (button == null) {
            throw new AssertionError("no button " + buttonId + " in form " + formId);
        }
        data.put(button.attr("name"), button.val());
        String boundary = "----kpcs" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> e : data.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey()
                        + "\"\r\n\r\n" + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, Upload> e : files.entrySet()) {
                Upload u = e.getValue();
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + ":"
                        + e.getKey() + "\"; filename=\"" + u.fileName() + "\"\r\nContent-Type: " + u.contentType()
                        + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(u.content());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(form.attr("action")))
                .timeout(Duration.ofSeconds(120)).header("X-Forwarded-For", address)
                .header("Referer", page.uri().toString())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        return page(b.build());
    }

    /** Submits a form with several values for some fields (checkbox lists: id without the form's prefix). */
    public Page submit(Page page, String formId, Map<String, String> fields, Map<String, List<String>> many,
                       String buttonId) {
        Element form = page.html().getElementById(formId);
        Map<String, String> data = formData(page, formId, fields, buttonId);
        many.keySet().forEach(id -> data.remove(formId + ":" + id));
        String extra = many.entrySet().stream().flatMap(e -> e.getValue().stream()
                .map(v -> enc(formId + ":" + e.getKey()) + "=" + enc(v))).collect(Collectors.joining("&"));
        return post(form.absUrl("action").isEmpty() ? form.attr("action") : form.absUrl("action"), data, extra);
    }

    public Page post(String action, Map<String, String> data) {
        return post(action, data, "");
    }

    private Page post(String action, Map<String, String> data, String extra) {
        String body = data.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&")) + (extra.isEmpty() ? "" : "&" + extra);
        URI target = base.resolve(action);
        HttpRequest.Builder b = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        return page(b.build());
    }

    /** Logs in through the login page; returns the page the portal lands on. */
    public Page login(String username, String password) {
        Page login = get("/accounts/login.xhtml");
        return submit(login, "login", Map.of("username", username, "password", password), "submit");
    }

    public Page logout() {
        Page any = get("/index.xhtml");
        return submit(any, "logout", Map.of(), "logoutButton");
    }

    public List<HttpCookie> cookies() {
        return cookies.getCookieStore().getCookies();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", address);
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        return b;
    }

    private Page page(HttpRequest request) {
        HttpResponse<String> response = send(request);
        Document html = Jsoup.parse(response.body(), response.uri().toString());
        return new Page(response.statusCode(), response.uri(), response.headers().map(), html);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
