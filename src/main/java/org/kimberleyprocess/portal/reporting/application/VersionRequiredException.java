package org.kimberleyprocess.portal.reporting.application;

import org.kimberleyprocess.portal.platform.errors.BusinessException;

/** A change to a stored answer that does not say which version of it the editor saw. */
public class VersionRequiredException extends BusinessException {

    public VersionRequiredException() {
        super("reporting.answer.error.ifMatch");
    }
}
