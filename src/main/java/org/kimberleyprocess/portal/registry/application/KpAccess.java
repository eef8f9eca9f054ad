package org.kimberleyprocess.portal.registry.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.registry.domain.Participants;

/**
 * The one definition of "KP only", used by every capability (contacts, reports, statistics, decisions). Data
 * marked KP only is readable by the Secretariat, the Chair, the accounts acting for an Observer, and the accounts
 * acting for a Participant in good standing; not by applicants, not by the accounts of a suspended or removed
 * Participant (they keep their own data, see {@link Caller#actsFor}), not by the public. Asked anew on every call,
 * so a change in the registry takes effect at once.
 */
@Stateless
@PermitAll
public class KpAccess {

    @Inject
    private Caller caller;

    @Inject
    private Participants participants;

    /** Whether the caller may read what is KP only. */
    public boolean callerHasKpAccess() {
        if (caller.isIn(Role.SECRETARIAT, Role.CHAIR)) {
            return true;
        }
        if (caller.observer().isPresent() && caller.isIn(Role.OBSERVER)) {
            return true;
        }
        return caller.participant().flatMap(participants::byIso).map(p -> p.getStatus().inGoodStanding())
                .orElse(false);
    }
}
