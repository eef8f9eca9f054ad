package org.kimberleyprocess.portal.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtext.InputText;

/** PrimeFaces' text field, refusing over-long input instead of cutting it (see {@link OverlongInput}). */
public class InputTextRenderer extends org.primefaces.component.inputtext.InputTextRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        super.decode(context, component);
        InputText input = (InputText) component;
        OverlongInput.check(context, input, input.getMaxlength(), !input.isDisabled() && !input.isReadonly());
    }
}
