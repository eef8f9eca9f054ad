package org.kimberleyprocess.portal.platform.time;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kimberleyprocess.portal.platform.security.Role;

/**
 * Moves the portal's clock, for tests that stand on a deadline: {@code PUT /api/v1/test/clock {"now": "…"}},
 * {@code DELETE} to return to the real time. It answers 404, whoever asks, unless the server's configuration turns
 * on {@code kpcs.test.clock}, which only the integration tests' server does.
 */
@Path("test/clock")
@RequestScoped
@RolesAllowed(Role.SECRETARIAT_NAME)
public class TestClockResource {

    @Inject
    @ConfigProperty(name = "kpcs.test.clock", defaultValue = "false")
    boolean enabled;

    @Inject
    ClockProducer clocks;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response move(JsonObject body) {
        if (!enabled) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        try {
            clocks.adjustable().moveTo(Instant.parse(body.getString("now")));
        } catch (DateTimeParseException | NullPointerException | ClassCastException e) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        return Response.noContent().build();
    }

    @DELETE
    public Response reset() {
        if (!enabled) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        clocks.adjustable().reset();
        return Response.noContent().build();
    }
}
