package org.kimberleyprocess.portal.reporting.domain.report;

import org.kimberleyprocess.portal.platform.errors.BusinessException;

/** A value that cannot be an answer to its question at all (the wrong shape, too long to keep); nothing is stored. */
public class InvalidAnswerException extends BusinessException {

    public InvalidAnswerException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
