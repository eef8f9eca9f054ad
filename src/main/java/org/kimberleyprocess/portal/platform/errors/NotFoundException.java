package org.kimberleyprocess.portal.platform.errors;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist (or is not visible to the caller). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object key) {
        super("error.notFound", what, key);
    }
}
