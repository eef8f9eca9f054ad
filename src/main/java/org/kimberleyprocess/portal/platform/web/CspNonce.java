package org.kimberleyprocess.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The Content-Security-Policy nonce of the current view. Forms carry it in a hidden field, so that a post
 * is accepted even where the page's scripts have not run (a slow line, scripts blocked).
 */
@Named
@RequestScoped
public class CspNonce {

    public String getValue() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}
