package org.kimberleyprocess.portal.reporting.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.kimberleyprocess.portal.reporting.domain.report.ReportRevision;
import org.kimberleyprocess.portal.reporting.domain.report.ReviewComment;

/** The annual report's field limits as pages read them ({@code #{reportingLimits…}}), from the entities' constants. */
@Named
@ApplicationScoped
public class ReportingLimits {

    public int getReasonLength() {
        return ReportRevision.REASON_LENGTH;
    }

    public int getCommentLength() {
        return ReviewComment.TEXT_LENGTH;
    }
}
