package org.kimberleyprocess.portal.review.domain;

/**
 * Where a review visit stands: volunteered by the host (also after it asked for changes to a team), a team proposed
 * by the Working Group on Monitoring, the team accepted by the host, the team's draft report, the host's comments on
 * it, the final report.
 */
public enum VisitStatus {
    VOLUNTEERED,
    TEAM_PROPOSED,
    TEAM_ACCEPTED,
    DRAFT_REPORTED,
    COMMENTED,
    FINAL
}
