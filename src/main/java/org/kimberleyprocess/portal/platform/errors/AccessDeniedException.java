package org.kimberleyprocess.portal.platform.errors;

import jakarta.ejb.ApplicationException;

/** The caller's role allows the operation, but not on this record (e.g. another Participant's data). */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
