package org.kimberleyprocess.portal.registry.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.platform.security.UserAccount;
import org.kimberleyprocess.portal.platform.security.UserAccounts;
import org.kimberleyprocess.portal.registry.domain.Participants;

/**
 * The one definition of "KP only", used by every capability (contacts, reports, statistics, decisions). Data
 * marked KP only is readable by the Secretariat, the Chair, the accounts acting for an Observer, and the accounts
 * acting for a Participant in good standing; not by applicants, not by the accounts of a suspended or removed
 * Participant (they keep their own data, see {@link #callerActsFor}), not by the public. Asked anew on every call,
 * so a change in the registry takes effect at once.
 */
@Stateless
@PermitAll
public class KpAccess {

    @Inject
    private UserAccounts accounts;

    @Inject
    private Participants participants;

    @Resource
    private SessionContext context;

    /** Whether the caller may read what is KP only. */
    public boolean callerHasKpAccess() {
        if (context.isCallerInRole(Role.SECRETARIAT_NAME) || context.isCallerInRole(Role.CHAIR_NAME)) {
            return true;
        }
        return caller().map(a -> (a.getObserverName().isPresent() && a.hasRole(Role.OBSERVER))
                || a.getParticipantIso().flatMap(participants::byIso).map(p -> p.getStatus().inGoodStanding())
                        .orElse(false)).orElse(false);
    }

    /** Whether the caller acts for this Participant (its own data, whatever its standing). */
    public boolean callerActsFor(String isoCode) {
        return caller().flatMap(UserAccount::getParticipantIso).map(isoCode::equals).orElse(false);
    }

    private Optional<UserAccount> caller() {
        Principal principal = context.getCallerPrincipal();
        if (principal == null || "UNAUTHENTICATED".equals(principal.getName())) {
            return Optional.empty();
        }
        return accounts.byUsername(principal.getName());
    }
}
