package org.kimberleyprocess.portal.accounts.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.kimberleyprocess.portal.accounts.application.ApiTokenService;
import org.kimberleyprocess.portal.accounts.application.ApiTokenView;
import org.kimberleyprocess.portal.accounts.application.IssuedToken;
import org.kimberleyprocess.portal.accounts.web.PortalAuthentication;
import org.kimberleyprocess.portal.platform.api.Problem;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;

/**
 * Personal API tokens. A script obtains one with the account's username and password ({@code POST /tokens} with
 * HTTP Basic, the only place Basic is accepted), then sends it as {@code Authorization: Bearer <token>}. A signed-in
 * user can do the same from a page's session; each lists and revokes only the account's own tokens.
 */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    /** What a new token's creator receives: the secret, shown this once. */
    public record Created(long id, String label, String token, Instant expiresAt) {
    }

    @Inject
    ApiTokenService tokens;

    @Inject
    CurrentLanguage language;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    /**
     * Creates a token for the caller's account, who proves it with the password (HTTP Basic) or the session of a
     * login, never with a token: 201 with {@code token} and {@code expiresAt}; {@code label} names it in the portal's
     * list (default "API"), {@code days} sets its life (1–365, default 90).
     */
    @POST
    @SecurityRequirement(name = "basic")
    public Response create(@QueryParam("label") String label, @QueryParam("days") Integer days) {
        if (security.getUserPrincipal() == null) {
            return Response.fromResponse(Problem.response(401, "error.loginRequired", language.get(),
                    request.getRequestURI())).header("WWW-Authenticate", PortalAuthentication.BASIC_CHALLENGE).build();
        }
        if (PortalAuthentication.byToken(request)) {
            // a token never makes another: a stolen one would renew itself for ever
            return Problem.response(403, "account.tokens.error.notByToken", language.get(), request.getRequestURI());
        }
        IssuedToken issued = tokens.issue(label == null ? "API" : label, days);
        return Response.status(Response.Status.CREATED)
                .entity(new Created(issued.id(), issued.label(), issued.token(), issued.expiresAt())).build();
    }

    /** The caller's tokens, without their secrets. */
    @GET
    public List<ApiTokenView> mine() {
        return tokens.mine();
    }

    /** Revokes one of the caller's tokens: 204; another account's is 404. */
    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
