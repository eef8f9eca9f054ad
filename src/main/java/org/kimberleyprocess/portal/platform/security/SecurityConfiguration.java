package org.kimberleyprocess.portal.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/** The roles the portal knows (the way in is the accounts capability's authentication mechanism). */
@DeclareRoles({Role.SECRETARIAT_NAME, Role.CHAIR_NAME, Role.PARTICIPATION_COMMITTEE_NAME, Role.MONITORING_NAME,
    Role.STATISTICS_NAME, Role.FOCAL_POINT_NAME, Role.APPLICANT_NAME, Role.OBSERVER_NAME})
@ApplicationScoped
public class SecurityConfiguration {
}
