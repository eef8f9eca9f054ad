package org.kimberleyprocess.portal.statistics.domain;

/** What a statistics line counts: trade (imports, exports), reported by quarter, or production, by half-year. */
public enum Flow {
    IMPORT, EXPORT, PRODUCTION;

    /** Whether the flow is trade (with a partner country and a number of certificates). */
    public boolean isTrade() {
        return this != PRODUCTION;
    }
}
