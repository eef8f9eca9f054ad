package org.kimberleyprocess.portal.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import org.kimberleyprocess.portal.platform.web.CapabilityPermissions;
import org.kimberleyprocess.portal.platform.web.Permissions;
import org.kimberleyprocess.portal.reporting.application.QuestionnaireService;
import org.kimberleyprocess.portal.reporting.application.ReportFiling;
import org.kimberleyprocess.portal.reporting.application.ReportOversight;
import org.kimberleyprocess.portal.reporting.application.ReportView;
import org.kimberleyprocess.portal.reporting.application.ReviewService;
import org.kimberleyprocess.portal.reporting.domain.report.ReportStatus;

/** What the annual report's pages offer the person, as its services allow it ({@code #{can.reporting…}}). */
@RequestScoped
public class ReportingCan implements CapabilityPermissions {

    @Override
    public String capability() {
        return "reporting";
    }

    /** File the reports of the state the account acts for. */
    public boolean fileReports() {
        return Permissions.allows(ReportFiling.class, "ownReports");
    }

    /** Author the questionnaire's versions (the Secretariat). */
    public boolean authorQuestionnaire() {
        return Permissions.allows(QuestionnaireService.class, "draft");
    }

    /** Set the first year on which reports are due (the Secretariat). */
    public boolean setFirstYear() {
        return Permissions.allows(ReportOversight.class, "setFirstReportingYear");
    }

    /** Read the compliance dashboard of all Participants' reports. */
    public boolean readCompliance() {
        return Permissions.allows(ReportOversight.class, "compliance");
    }

    /** Comment on this report in the review: the Working Group, or the Participant's own focal points. */
    public boolean comment(ReportView report) {
        return report != null && report.revision() > 0 && Permissions.allows(ReviewService.class, "comment")
                && (Permissions.allows(ReviewService.class, "assess") || report.working());
    }

    /** Record where the review of this report stands (the Working Group on Monitoring). */
    public boolean assess(ReportView report) {
        return report != null && report.revision() > 0 && Permissions.allows(ReviewService.class, "assess");
    }

    /** Reopen this report (the Secretariat, once it is submitted). */
    public boolean reopen(ReportView report) {
        return report != null && report.status() == ReportStatus.SUBMITTED && report.working()
                && Permissions.allows(ReportOversight.class, "reopen");
    }

    /** Change the answers of this report now (its own focal point, the year open, not submitted). */
    public boolean edit(ReportView report) {
        return report != null && report.editable() && Permissions.allows(ReportFiling.class, "answer");
    }
}
