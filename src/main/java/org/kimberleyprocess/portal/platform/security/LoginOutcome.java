package org.kimberleyprocess.portal.platform.security;

import java.time.Instant;
import java.util.Set;

/** What a login attempt came to: accepted with roles, refused, or refused because the account is locked. */
public record LoginOutcome(Kind kind, String username, Set<Role> roles, Instant lockedUntil) {

    public enum Kind { ACCEPTED, REFUSED, LOCKED }

    static LoginOutcome accepted(String username, Set<Role> roles) {
        return new LoginOutcome(Kind.ACCEPTED, username, Set.copyOf(roles), null);
    }

    static LoginOutcome refused() {
        return new LoginOutcome(Kind.REFUSED, null, Set.of(), null);
    }

    static LoginOutcome locked(Instant until) {
        return new LoginOutcome(Kind.LOCKED, null, Set.of(), until);
    }
}
