package org.kimberleyprocess.portal.reporting.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.kimberleyprocess.portal.reporting.domain.ReportRevision;

/** The annual report's field limits as pages read them ({@code #{reportingLimits…}}), from the entities' constants. */
@Named
@ApplicationScoped
public class ReportingLimits {

    public int getReasonLength() {
        return ReportRevision.REASON_LENGTH;
    }
}
