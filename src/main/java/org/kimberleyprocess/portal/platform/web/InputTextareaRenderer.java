package org.kimberleyprocess.portal.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtextarea.InputTextarea;

/** PrimeFaces' text area, refusing over-long input instead of cutting it (see {@link OverlongInput}). */
public class InputTextareaRenderer extends org.primefaces.component.inputtextarea.InputTextareaRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        super.decode(context, component);
        InputTextarea input = (InputTextarea) component;
        OverlongInput.check(context, input, input.getMaxlength(), !input.isDisabled() && !input.isReadonly());
    }
}
