package org.kimberleyprocess.portal.accounts.domain;

import java.time.Instant;
import java.util.Set;
import org.kimberleyprocess.portal.platform.security.Role;

/** What a login attempt came to: accepted with roles, refused, or refused because the account is locked. */
public record LoginOutcome(Kind kind, String username, Set<Role> roles, Instant lockedUntil) {

    public enum Kind { ACCEPTED, REFUSED, LOCKED }

    public static LoginOutcome accepted(String username, Set<Role> roles) {
        return new LoginOutcome(Kind.ACCEPTED, username, Set.copyOf(roles), null);
    }

    public static LoginOutcome refused() {
        return new LoginOutcome(Kind.REFUSED, null, Set.of(), null);
    }

    public static LoginOutcome locked(Instant until) {
        return new LoginOutcome(Kind.LOCKED, null, Set.of(), until);
    }
}
