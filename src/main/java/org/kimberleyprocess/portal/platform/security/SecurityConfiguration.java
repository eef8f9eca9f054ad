package org.kimberleyprocess.portal.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/** Form login on the portal's own page; the roles the portal knows. */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = true))
@DeclareRoles({Role.SECRETARIAT_NAME, Role.CHAIR_NAME, Role.PARTICIPATION_COMMITTEE_NAME, Role.MONITORING_NAME,
    Role.STATISTICS_NAME, Role.FOCAL_POINT_NAME, Role.APPLICANT_NAME, Role.OBSERVER_NAME})
@ApplicationScoped
public class SecurityConfiguration {
}
