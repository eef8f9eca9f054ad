package org.kimberleyprocess.portal.platform.api;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.kimberleyprocess.portal.platform.errors.AccessDeniedException;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.i18n.Messages;

/** Turns failures into JSON errors with translated messages: 400, 401, 403, 404. */
public final class ErrorMappers {

    private ErrorMappers() {
    }

    static Response error(Response.Status status, String key, CurrentLanguage language, Object... args) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(status.getStatusCode(), key, Messages.text(language.get(), key, args)))
                .build();
    }

    /** Business failures. */
    @Provider
    public static class Business implements ExceptionMapper<BusinessException> {
        @Inject
        CurrentLanguage language;

        @Override
        public Response toResponse(BusinessException e) {
            Response.Status status = e instanceof NotFoundException ? Response.Status.NOT_FOUND
                    : e instanceof AccessDeniedException ? Response.Status.FORBIDDEN : Response.Status.BAD_REQUEST;
            return error(status, e.getMessageKey(), language, e.getArguments());
        }
    }

    /** A role that may not call the service at all. */
    @Provider
    public static class Access implements ExceptionMapper<EJBAccessException> {
        @Inject
        CurrentLanguage language;

        @Context
        SecurityContext security;

        @Override
        public Response toResponse(EJBAccessException e) {
            return security.getUserPrincipal() == null
                    ? error(Response.Status.UNAUTHORIZED, "error.loginRequired", language)
                    : error(Response.Status.FORBIDDEN, "error.accessDenied", language);
        }
    }
}
