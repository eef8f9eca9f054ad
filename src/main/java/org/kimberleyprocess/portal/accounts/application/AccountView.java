package org.kimberleyprocess.portal.accounts.application;

import java.time.Instant;
import java.util.List;
import org.kimberleyprocess.portal.accounts.domain.UserAccount;
import org.kimberleyprocess.portal.platform.security.Role;

/** What may be shown of an account: never its password hash. */
public record AccountView(String username, String displayName, String email, List<Role> roles,
                          String participantIso, String observerName, String language, boolean enabled,
                          boolean mustChangePassword, Instant lastLoginAt, Instant lockedUntil) {

    /** Whether the throttle's lock is in force at a moment. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    static AccountView of(UserAccount a) {
        return new AccountView(a.getUsername(), a.getDisplayName(), a.getEmail(),
                a.getRoles().stream().sorted().toList(),
                a.getParticipantIso().orElse(null),
                a.getObserverName().orElse(null),
                a.getLanguage().map(l -> l.code()).orElse(null),
                a.isEnabled(), a.isMustChangePassword(), a.getLastLoginAt().orElse(null),
                a.getLockedUntil().orElse(null));
    }
}
