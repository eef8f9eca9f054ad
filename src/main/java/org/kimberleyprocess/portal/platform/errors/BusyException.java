package org.kimberleyprocess.portal.platform.errors;

import jakarta.ejb.ApplicationException;

/**
 * The server is doing as much of this kind of work as it may at once (heavy imports, say): nothing was done; try
 * again after the seconds given. Pages show the translated message, the API answers 503 with {@code Retry-After}.
 */
@ApplicationException(rollback = true)
public class BusyException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final int retryAfterSeconds;

    public BusyException(String messageKey, int retryAfterSeconds) {
        super(messageKey, retryAfterSeconds);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int getRetryAfterSeconds() {
        return retryAfterSeconds;
    }
}
