package org.kimberleyprocess.portal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.kimberleyprocess.portal.platform.validation.EmailAddress;

/**
 * The platform's field limits and value rules as pages read them ({@code #{limits…}}): the constants the entities
 * and services use, so that a page never writes its own. Each capability has its own ({@code accountLimits},
 * {@code registryLimits}, …).
 */
@Named
@ApplicationScoped
public class Limits {

    /** How much of the audit log's search a page sends. */
    public static final int SEARCH_LENGTH = 100;

    /** The e-mail pattern, allowing an empty field (whether one is required is the form's own rule). */
    public String getEmailPattern() {
        return "^$|" + EmailAddress.PATTERN;
    }

    public int getEmailLength() {
        return EmailAddress.MAX_LENGTH;
    }

    public int getSearchLength() {
        return SEARCH_LENGTH;
    }
}
