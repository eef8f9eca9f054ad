package org.kimberleyprocess.portal.platform.web;

import jakarta.faces.context.FacesContext;
import java.util.Optional;

/** What pages' backing beans share: reading a number from the address, answering with an error page. */
public final class Pages {

    private Pages() {
    }

    /** A whole number given as a request parameter; empty when absent or not a number. */
    public static Optional<Integer> intParameter(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        try {
            return value == null ? Optional.empty() : Optional.of(Integer.valueOf(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A request parameter, stripped; empty when absent or blank. */
    public static Optional<String> parameter(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
