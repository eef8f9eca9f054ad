package org.kimberleyprocess.portal.registry.domain;

import org.kimberleyprocess.portal.platform.errors.BusinessException;

/** A status change that the Scheme's procedures do not allow. */
public class IllegalStatusChangeException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public IllegalStatusChangeException(ParticipationStatus from, ParticipationStatus to) {
        super("registry.error.illegalStatusChange");
    }
}
