package org.kimberleyprocess.portal.reporting.domain.report;

/**
 * Where a Participant's report on a year stands. NOT_STARTED is computed (nothing is stored until the first save);
 * a reopened report is IN_PROGRESS again, its earlier revisions kept.
 */
public enum ReportStatus {
    NOT_STARTED, IN_PROGRESS, SUBMITTED
}
