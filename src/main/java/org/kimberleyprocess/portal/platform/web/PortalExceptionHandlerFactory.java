package org.kimberleyprocess.portal.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.kimberleyprocess.portal.platform.errors.AccessDeniedException;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;

/**
 * The one place where a page's failure becomes what the person sees, so that no backing bean sends an error
 * itself: a refusal of the services (another Participant's data, a role that may not) is the translated 403 page;
 * something the page asks for that does not exist ({@code NotFoundException}, or any refusal while a page is
 * opened with a plain GET, as for a report of a year without questionnaire) the translated 404 page; a post to a
 * view the server no longer holds (the session ended, or the view state was forged) the translated "page expired"
 * page, nothing of that post applied; a failed Ajax request a short translated error.
 */
public class PortalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PortalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                if (cause(thrown, AccessDeniedException.class) || cause(thrown, EJBAccessException.class)) {
                    events.remove();
                    sendError(403);
                    return;
                }
                if (cause(thrown, NotFoundException.class) || (cause(thrown, BusinessException.class) && openedByGet())) {
                    events.remove();
                    sendError(404);
                    return;
                }
                if (isExpiredView(thrown)) {
                    events.remove();
                    FacesContext faces = FacesContext.getCurrentInstance();
                    ExternalContext external = faces.getExternalContext();
                    try {
                        external.redirect(external.getRequestContextPath() + "/error/expired.xhtml");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    faces.responseComplete();
                    return;
                }
                if (FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest()) {
                    events.remove();
                    failAjax(thrown);
                    return;
                }
            }
            getWrapped().handle();
        }

        /**
         * An Ajax request that failed gets a partial response that says only that it failed, in the reader's
         * language: no exception class or message reaches the browser. The cause goes to the server log.
         */
        private static void failAjax(Throwable thrown) {
            java.util.logging.Logger.getLogger(PortalExceptionHandlerFactory.class.getName())
                    .log(java.util.logging.Level.WARNING, "Ajax request failed", thrown);
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            String text = org.kimberleyprocess.portal.platform.i18n.Messages.text(
                    org.kimberleyprocess.portal.platform.i18n.LanguageFilter.of(
                            (jakarta.servlet.http.HttpServletRequest) external.getRequest()), "error.ajax");
            try {
                if (!external.isResponseCommitted()) {
                    external.responseReset();
                }
                external.setResponseContentType("text/xml");
                external.setResponseCharacterEncoding("UTF-8");
                jakarta.faces.context.PartialResponseWriter writer =
                        faces.getPartialViewContext().getPartialResponseWriter();
                writer.startDocument();
                writer.startError("error");
                writer.writeText(text, null);
                writer.endError();
                writer.endDocument();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }

        private static void sendError(int status) {
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().responseSendError(status, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }

        /** Whether the page is being opened (a plain GET), not a form sent from it. */
        private static boolean openedByGet() {
            FacesContext faces = FacesContext.getCurrentInstance();
            return !faces.isPostback() && "GET".equals(((jakarta.servlet.http.HttpServletRequest) faces
                    .getExternalContext().getRequest()).getMethod());
        }

        private static boolean cause(Throwable thrown, Class<? extends Throwable> type) {
            int depth = 0;
            for (Throwable t = thrown; t != null && depth < 20; t = t.getCause(), depth++) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isExpiredView(Throwable thrown) {
            int depth = 0;
            for (Throwable t = thrown; t != null && depth < 20; t = t.getCause(), depth++) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }
    }
}
