package org.kimberleyprocess.portal.platform.api;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kimberleyprocess.portal.platform.errors.AccessDeniedException;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.errors.BusyException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;

/**
 * Turns every failure of the API into a {@link Problem}: business refusals (400, or 404, 403, 503 for their
 * kinds), a role that may not call (401 without a login, 403 with one), input that cannot be read (400: malformed
 * JSON, an array for an object, nesting too deep, a malformed header), the HTTP answers of the runtime (404 for an
 * unknown path, 405, 415, …) and anything unexpected (500, logged, never shown).
 */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    /** Business failures. */
    @Provider
    public static class Business implements ExceptionMapper<BusinessException> {
        @Inject
        CurrentLanguage language;

        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(BusinessException e) {
            int status = e instanceof NotFoundException ? 404 : e instanceof AccessDeniedException ? 403
                    : e instanceof BusyException ? 503 : 400;
            Response answer = Problem.response(status, e.getMessageKey(), language.get(), request.getRequestURI(),
                    e.getArguments());
            return e instanceof BusyException busy
                    ? Response.fromResponse(answer).header("Retry-After", busy.getRetryAfterSeconds()).build()
                    : answer;
        }
    }

    /** A role that may not call the service at all. */
    @Provider
    public static class Access implements ExceptionMapper<EJBAccessException> {
        @Inject
        CurrentLanguage language;

        @Context
        SecurityContext security;

        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(EJBAccessException e) {
            return security.getUserPrincipal() == null
                    ? Problem.response(401, "error.loginRequired", language.get(), request.getRequestURI())
                    : Problem.response(403, "error.accessDenied", language.get(), request.getRequestURI());
        }
    }

    /**
     * Everything else: what the runtime answers itself (an unknown path, a method or media type it does not take)
     * keeps its status; a body or header that cannot be read is 400; anything unexpected is 500, logged here.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Inject
        CurrentLanguage language;

        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(Throwable e) {
            String path = request.getRequestURI();
            if (e instanceof WebApplicationException web && web.getResponse() != null
                    && web.getResponse().getStatus() < 500 && !unreadable(e)) {
                int status = web.getResponse().getStatus();
                return Problem.response(status, status == 404 ? "api.error.noSuchPath" : "api.error.http",
                        language.get(), path);
            }
            if (unreadable(e)) {
                return Problem.response(400, "api.error.malformed", language.get(), path);
            }
            LOG.log(Level.SEVERE, "unexpected failure answering " + request.getMethod() + " " + path, e);
            return Problem.response(500, "error.500.text", language.get(), path);
        }

        /** Whether the failure comes from input that cannot be read as what the operation takes. */
        private static boolean unreadable(Throwable e) {
            if (e instanceof WebApplicationException && java.util.Arrays.stream(e.getStackTrace()).limit(3)
                    .anyMatch(f -> "readFrom".equals(f.getMethodName()))) {
                // a body reader gave up (a JSON body nested too deep, say): the body cannot be read
                return true;
            }
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof IllegalArgumentException && t.getMessage() != null
                        && (t.getMessage().equals("argument type mismatch")
                            || t.getMessage().startsWith(ClassCastException.class.getName()))) {
                    // the runtime could not pass the body as the operation's parameter (a list where an object goes);
                    // once the reflective call is compiled, its failure names the ClassCastException instead
                    return true;
                }
                if (t instanceof JsonException || t instanceof jakarta.json.bind.JsonbException
                        || t instanceof ProcessingException || t instanceof NumberFormatException
                        || t instanceof ClassCastException || t instanceof StackOverflowError
                        || t instanceof jakarta.ws.rs.BadRequestException) {
                    return true;
                }
            }
            return false;
        }
    }
}
