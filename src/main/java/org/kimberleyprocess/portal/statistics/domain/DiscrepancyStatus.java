package org.kimberleyprocess.portal.statistics.domain;

/** Where a mirror discrepancy stands: to explain, explained and closed, or gone (the figures now agree). */
public enum DiscrepancyStatus {
    OPEN, CLOSED, RESOLVED
}
