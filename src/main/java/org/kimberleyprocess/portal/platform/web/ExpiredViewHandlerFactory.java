package org.kimberleyprocess.portal.platform.web;

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

/**
 * Sends a post to a view the server no longer holds (the session ended, or the view state was forged) to the
 * translated "page expired" page, nothing of that post applied; and a refusal of the services (another
 * Participant's data, a role that may not) to the translated 403 page.
 */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
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
                if (cause(thrown, org.kimberleyprocess.portal.platform.errors.AccessDeniedException.class)
                        || cause(thrown, jakarta.ejb.EJBAccessException.class)) {
                    events.remove();
                    FacesContext faces = FacesContext.getCurrentInstance();
                    try {
                        faces.getExternalContext().responseSendError(403, null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    faces.responseComplete();
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
            java.util.logging.Logger.getLogger(ExpiredViewHandlerFactory.class.getName())
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
