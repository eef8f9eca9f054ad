package org.kimberleyprocess.portal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.kimberleyprocess.portal.platform.validation.EmailAddress;

/** The shared value rules as pages read them ({@code #{limits…}}), so that a page never writes its own. */
@Named
@ApplicationScoped
public class Limits {

    /** The e-mail pattern, allowing an empty field (whether one is required is the form's own rule). */
    public String getEmailPattern() {
        return "^$|" + EmailAddress.PATTERN;
    }

    public int getEmailLength() {
        return EmailAddress.MAX_LENGTH;
    }
}
