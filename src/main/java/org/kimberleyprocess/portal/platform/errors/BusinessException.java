package org.kimberleyprocess.portal.platform.errors;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A business rule said no. Carries a message key (and its arguments) that the pages translate; the
 * transaction is rolled back, so nothing changes.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
