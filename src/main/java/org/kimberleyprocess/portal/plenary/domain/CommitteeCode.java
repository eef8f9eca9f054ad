package org.kimberleyprocess.portal.plenary.domain;

import java.util.Optional;
import org.kimberleyprocess.portal.platform.security.Role;

/** The committees and working groups of the Scheme, and the portal role their members get (if any). */
public enum CommitteeCode {
    PARTICIPATION_COMMITTEE(Role.PARTICIPATION_COMMITTEE),
    MONITORING(Role.MONITORING),
    STATISTICS(Role.STATISTICS),
    DIAMOND_EXPERTS(null),
    RULES_OF_PROCEDURE(null);

    private final Role memberRole;

    CommitteeCode(Role memberRole) {
        this.memberRole = memberRole;
    }

    public Optional<Role> memberRole() {
        return Optional.ofNullable(memberRole);
    }
}
