package org.kimberleyprocess.portal.review.web;

import jakarta.enterprise.context.RequestScoped;
import org.kimberleyprocess.portal.platform.web.CapabilityPermissions;
import org.kimberleyprocess.portal.platform.web.Permissions;
import org.kimberleyprocess.portal.review.application.ExpertRoster;
import org.kimberleyprocess.portal.review.application.MissionService;
import org.kimberleyprocess.portal.review.application.PeerReviewService;

/** What the peer review's pages offer the person, as its services allow it ({@code #{can.review…}}). */
@RequestScoped
public class ReviewCan implements CapabilityPermissions {

    @Override
    public String capability() {
        return "review";
    }

    /** Volunteer a Participant for a visit (its focal points; the Secretariat for any). */
    public boolean volunteer() {
        return Permissions.allows(PeerReviewService.class, "volunteer");
    }

    /** Choose the Participant that volunteers (the Secretariat). */
    public boolean volunteerForAny() {
        return Permissions.allows(PeerReviewService.class, "volunteer")
                && Permissions.allows(PeerReviewService.class, "schedule");
    }

    /** Propose teams and schedule visits (the Working Group on Monitoring, the Secretariat). */
    public boolean organiseVisits() {
        return Permissions.allows(PeerReviewService.class, "proposeTeam");
    }

    /** Write the reports and recommendations (the Working Group on Monitoring). */
    public boolean writeReports() {
        return Permissions.allows(PeerReviewService.class, "draftReport");
    }

    /** Answer as the host: accept a team, ask for changes, comment, report progress (the host's focal points). */
    public boolean answerAsHost() {
        return Permissions.allows(PeerReviewService.class, "acceptTeam");
    }

    /** Read the expert roster. */
    public boolean readRoster() {
        return Permissions.allows(ExpertRoster.class, "experts");
    }

    /** Nominate experts. */
    public boolean nominate() {
        return Permissions.allows(ExpertRoster.class, "nominate");
    }

    /** Make experts active or not. */
    public boolean manageRoster() {
        return Permissions.allows(ExpertRoster.class, "setActive");
    }

    /** Read review missions. */
    public boolean readMissions() {
        return Permissions.allows(MissionService.class, "missions");
    }

    /** Open and close review missions (the Chair). */
    public boolean leadMissions() {
        return Permissions.allows(MissionService.class, "open");
    }

    /** Record a mission's report and recommendations. */
    public boolean reportMissions() {
        return Permissions.allows(MissionService.class, "report");
    }
}
