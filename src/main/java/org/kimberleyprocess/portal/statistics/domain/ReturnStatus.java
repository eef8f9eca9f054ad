package org.kimberleyprocess.portal.statistics.domain;

/** Where a period's return stands: figures being prepared, or given to the Scheme (changed only by revisions). */
public enum ReturnStatus {
    DRAFT, SUBMITTED
}
