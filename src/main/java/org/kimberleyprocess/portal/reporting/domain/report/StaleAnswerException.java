package org.kimberleyprocess.portal.reporting.domain.report;

import org.kimberleyprocess.portal.platform.errors.BusinessException;

/** A change made against an older version of an answer than the stored one: someone else changed it meanwhile. */
public class StaleAnswerException extends BusinessException {

    private final transient StoredAnswer current;

    public StaleAnswerException(StoredAnswer current) {
        super("reporting.answer.error.stale");
        this.current = current;
    }

    /** The answer as it is stored now, to show beside the refused value (none when it was never stored). */
    public java.util.Optional<StoredAnswer> current() {
        return java.util.Optional.ofNullable(current);
    }
}
