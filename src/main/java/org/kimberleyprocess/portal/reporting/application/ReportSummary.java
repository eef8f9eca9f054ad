package org.kimberleyprocess.portal.reporting.application;

import java.time.Instant;
import java.time.LocalDate;
import org.kimberleyprocess.portal.reporting.domain.report.ReportStatus;

/** A line of a Participant's list of reports: the year, where it stands, when it is due, whether overdue. */
public record ReportSummary(int year, ReportStatus status, int revision, LocalDate dueOn, boolean overdue,
                            Instant lastActivity) {
}
