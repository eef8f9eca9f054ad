package org.kimberleyprocess.portal.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kimberleyprocess.portal.accounts.domain.UserAccount;
import org.kimberleyprocess.portal.accounts.domain.UserAccounts;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.registry.domain.ParticipantStatusChanged;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/**
 * The registry's rules for the accounts of a Participant whose status changes. An <b>admitted</b> applicant's
 * accounts become its focal point accounts. A <b>suspended</b> Participant's
 * accounts keep their role: they go on reading and filing their own data, but lose KP-only access to others'
 * ({@link KpAccess}) and the rights of any committee seat. A <b>removed</b> Participant's accounts lose the
 * focal-point role. Open sessions of the changed accounts end with their next request.
 */
@ApplicationScoped
public class FocalPointsFollowStatus {

    @Inject
    private UserAccounts accounts;

    @Inject
    private Event<Audited> audit;

    void onStatusChange(@Observes ParticipantStatusChanged change) {
        if (change.from() == ParticipationStatus.APPLICANT && change.to() == ParticipationStatus.PARTICIPANT) {
            admitted(change.isoCode());
        }
        if (change.to() != ParticipationStatus.REMOVED) {
            return;
        }
        for (UserAccount account : accounts.actingFor(change.isoCode())) {
            if (account.hasRole(Role.FOCAL_POINT)) {
                account.revoke(Role.FOCAL_POINT);
                audit.fire(new Audited("ROLE_CHANGED", "UserAccount", account.getUsername(),
                        "-FOCAL_POINT on removal of " + change.isoCode()));
            }
        }
    }

    /** On admission, the accounts that applied for the state become its focal point accounts. */
    private void admitted(String isoCode) {
        for (UserAccount account : accounts.actingFor(isoCode)) {
            if (account.hasRole(Role.APPLICANT)) {
                account.revoke(Role.APPLICANT);
                account.grant(Role.FOCAL_POINT);
                audit.fire(new Audited("ROLE_CHANGED", "UserAccount", account.getUsername(),
                        "APPLICANT -> FOCAL_POINT on admission of " + isoCode));
            }
        }
    }
}
