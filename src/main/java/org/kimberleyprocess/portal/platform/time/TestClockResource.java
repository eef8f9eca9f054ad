package org.kimberleyprocess.portal.platform.time;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kimberleyprocess.portal.platform.api.Problem;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.security.Role;

/**
 * Moves the portal's clock, for tests that stand on a deadline: {@code PUT /api/v1/test/clock {"now": "…"}},
 * {@code DELETE} to return to the real time. It answers 404, whoever asks (signed in or not), unless the server's
 * configuration turns on {@code kpcs.test.clock}, which only the integration tests' server does; there, only the
 * Secretariat moves it.
 */
@Path("test/clock")
@RequestScoped
public class TestClockResource {

    @Inject
    @ConfigProperty(name = "kpcs.test.clock", defaultValue = "false")
    boolean enabled;

    @Inject
    ClockProducer clocks;

    @Inject
    CurrentLanguage language;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    /** 404 outside the test server; 401 or 403 there for anyone but the Secretariat; empty when it may go on. */
    private Optional<Response> refusal() {
        if (!enabled) {
            return Optional.of(Problem.response(404, "api.error.noSuchPath", language.get(), request.getRequestURI()));
        }
        if (security.getUserPrincipal() == null) {
            return Optional.of(Problem.response(401, "error.loginRequired", language.get(), request.getRequestURI()));
        }
        if (!security.isUserInRole(Role.SECRETARIAT_NAME)) {
            return Optional.of(Problem.response(403, "error.accessDenied", language.get(), request.getRequestURI()));
        }
        return Optional.empty();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response move(JsonObject body) {
        Optional<Response> refused = refusal();
        if (refused.isPresent()) {
            return refused.get();
        }
        try {
            clocks.adjustable().moveTo(Instant.parse(body.getString("now")));
        } catch (DateTimeParseException | NullPointerException | ClassCastException e) {
            return Problem.response(400, "error.badRequest", language.get(), request.getRequestURI());
        }
        return Response.noContent().build();
    }

    @DELETE
    public Response reset() {
        Optional<Response> refused = refusal();
        if (refused.isPresent()) {
            return refused.get();
        }
        clocks.adjustable().reset();
        return Response.noContent().build();
    }
}
