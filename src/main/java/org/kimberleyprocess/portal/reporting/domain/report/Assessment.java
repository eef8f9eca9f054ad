package org.kimberleyprocess.portal.reporting.domain.report;

/** Where the Working Group on Monitoring stands with a submitted report. */
public enum Assessment {
    RECEIVED, UNDER_REVIEW, FOLLOW_UP_REQUESTED, ASSESSED
}
