package org.kimberleyprocess.portal.reporting.application;

import java.time.Instant;
import java.util.List;
import org.kimberleyprocess.portal.reporting.domain.report.ReportStatus;

/**
 * A report written out in one language for reading away from the portal (its PDF): the answers the reader may
 * read, under their questions, section by section.
 */
public record PrintedReport(int year, String iso, String participant, ReportStatus status, int revision,
                            int questionnaire, Instant asOf, List<PrintedSection> sections) {

    public record PrintedSection(String code, String title, List<PrintedAnswer> answers) {
    }

    /** A question and its answer as text ({@code null} when unanswered). */
    public record PrintedAnswer(String code, String question, String answer, boolean kpOnly) {
    }
}
