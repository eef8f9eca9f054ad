package org.kimberleyprocess.portal.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.i18n.LanguageFilter;
import org.kimberleyprocess.portal.platform.i18n.Messages;

/**
 * Over-long input is refused, never cut. PrimeFaces cuts a text field's value to its {@code maxlength} without a
 * word; the portal's renderers for text fields and text areas (see faces-config.xml) call this after PrimeFaces'
 * decoding: the value as sent is kept, and a value longer than the field's limit fails with a translated message,
 * so nothing is saved and the person sees what to shorten.
 */
final class OverlongInput {

    private OverlongInput() {
    }

    static void check(FacesContext context, UIInput input, int maxlength, boolean editable) {
        if (!editable || maxlength <= 0) {
            return;
        }
        String sent = context.getExternalContext().getRequestParameterMap().get(input.getClientId(context));
        if (sent == null || sent.length() <= maxlength) {
            return;
        }
        input.setSubmittedValue(sent);
        input.setValid(false);
        Language language = LanguageFilter.of((HttpServletRequest) context.getExternalContext().getRequest());
        String text = Messages.text(language, "membership.error.tooLong", maxlength);
        context.addMessage(input.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
    }
}
