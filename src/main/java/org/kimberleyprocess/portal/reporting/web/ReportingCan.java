package org.kimberleyprocess.portal.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import org.kimberleyprocess.portal.platform.web.CapabilityPermissions;
import org.kimberleyprocess.portal.platform.web.Permissions;
import org.kimberleyprocess.portal.reporting.application.ReportService;
import org.kimberleyprocess.portal.reporting.application.ReportView;
import org.kimberleyprocess.portal.reporting.domain.ReportStatus;

/** What the annual report's pages offer the person, as its services allow it ({@code #{can.reporting…}}). */
@RequestScoped
public class ReportingCan implements CapabilityPermissions {

    @Override
    public String capability() {
        return "reporting";
    }

    /** File the reports of the state the account acts for. */
    public boolean fileReports() {
        return Permissions.allows(ReportService.class, "ownReports");
    }

    /** Read the compliance dashboard of all Participants' reports. */
    public boolean readCompliance() {
        return Permissions.allows(ReportService.class, "compliance");
    }

    /** Reopen this report (the Secretariat, once it is submitted). */
    public boolean reopen(ReportView report) {
        return report != null && report.status() == ReportStatus.SUBMITTED && report.working()
                && Permissions.allows(ReportService.class, "reopen");
    }

    /** Change the answers of this report now (its own focal point, the year open, not submitted). */
    public boolean edit(ReportView report) {
        return report != null && report.editable() && Permissions.allows(ReportService.class, "answer");
    }
}
