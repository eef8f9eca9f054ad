package org.kimberleyprocess.portal.reporting.domain.report;

import org.kimberleyprocess.portal.platform.errors.BusinessException;

/** A change to a submitted report, which is read only until the Secretariat reopens it. */
public class ReportSubmittedException extends BusinessException {

    public ReportSubmittedException() {
        super("reporting.report.error.submitted");
    }
}
