package org.kimberleyprocess.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.CurrentLanguage;
import org.kimberleyprocess.portal.platform.i18n.Messages;

/** Puts translated messages on the page: confirmations, and business failures by their message key. */
@RequestScoped
public class PageMessages {

    @Inject
    private CurrentLanguage language;

    public String text(String key, Object... arguments) {
        return Messages.text(language.get(), key, arguments);
    }

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    public void error(BusinessException e) {
        add(null, FacesMessage.SEVERITY_ERROR, text(e.getMessageKey(), e.getArguments()));
    }

    /**
     * Runs a use case from a page: when it succeeds, the confirmation is kept for the page the outcome
     * redirects to; when a business rule refuses, the refusal is shown on this page and nothing changed.
     */
    public String perform(Runnable useCase, String doneKey, String outcome) {
        try {
            useCase.run();
        } catch (BusinessException e) {
            error(e);
            return null;
        }
        info(doneKey);
        keepForRedirect();
        return outcome;
    }

    /** Keeps this request's messages for the page shown after the redirect (Post-Redirect-Get). */
    public void keepForRedirect() {
        KeptMessages.keep(FacesContext.getCurrentInstance());
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
