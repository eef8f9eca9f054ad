package org.kimberleyprocess.portal.membership.domain;

import org.kimberleyprocess.portal.platform.errors.BusinessException;

/** A move of an application that the procedure does not allow. */
public class IllegalApplicationTransitionException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public IllegalApplicationTransitionException(ApplicationStatus from, ApplicationStatus to) {
        super("membership.error.illegalTransition", from, to);
    }
}
