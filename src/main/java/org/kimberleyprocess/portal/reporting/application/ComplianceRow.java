package org.kimberleyprocess.portal.reporting.application;

import java.time.Instant;
import java.time.LocalDate;
import org.kimberleyprocess.portal.reporting.domain.report.Assessment;
import org.kimberleyprocess.portal.reporting.domain.report.ReportStatus;

/**
 * A line of the compliance dashboard: a Participant that owes the report on a year, where its report stands, how many
 * days it is overdue (0 when on time), when it was submitted, where the Working Group's review stands and when it
 * last changed.
 */
public record ComplianceRow(String isoCode, String name, ReportStatus status, boolean overdue, long daysOverdue,
                            int revision, LocalDate submittedOn, Assessment assessment, Instant lastActivity) {
}
