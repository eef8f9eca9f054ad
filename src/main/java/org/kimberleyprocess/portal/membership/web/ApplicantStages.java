package org.kimberleyprocess.portal.membership.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.kimberleyprocess.portal.membership.application.MembershipFiles;
import org.kimberleyprocess.portal.membership.domain.ApplicationStatus;

/** The public stage of each applicant's application, for the applicants list: #{applicantStages.of('GH')}. */
@Named
@RequestScoped
public class ApplicantStages {

    @Inject
    private MembershipFiles files;

    private Map<String, ApplicationStatus> latest;

    /** The message key of the stage: what the public may know, never the Committee's recommendation. */
    public String of(String isoCode) {
        if (latest == null) {
            latest = files.latestStatuses();
        }
        ApplicationStatus status = latest.get(isoCode);
        if (status == null) {
            return "membership.stage.none";
        }
        return switch (status) {
            case DRAFT -> "membership.stage.preparing";
            case SUBMITTED, UNDER_ASSESSMENT, INFORMATION_REQUESTED -> "membership.stage.assessment";
            case RECOMMENDED_FOR_ADMISSION, NOT_RECOMMENDED -> "membership.stage.decision";
            case ADMITTED, REJECTED, WITHDRAWN -> "membership.stage.closed";
        };
    }
}
