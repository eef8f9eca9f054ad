package org.kimberleyprocess.portal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins on usernames that have no account, counted by the same rule as for real accounts (see
 * {@link UserAccount#lockAfter}), so that the login page answers alike for both and does not tell who exists.
 * Kept in this server's memory (at most {@value #MAX_NAMES} names).
 */
@ApplicationScoped
public class UnknownNames {

    static final int MAX_NAMES = 10_000;

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** Counts a failure; returns until when the name is now "locked", if it is. */
    public Optional<Instant> fail(String username, Instant now) {
        if (failures.size() >= MAX_NAMES && !failures.containsKey(username)) {
            failures.keySet().stream().findFirst().ifPresent(failures::remove);
        }
        Failures f = failures.merge(username, new Failures(1, UserAccount.lockAfter(1, now).orElse(null)),
                (old, one) -> new Failures(old.count() + 1, UserAccount.lockAfter(old.count() + 1, now).orElse(null)));
        return Optional.ofNullable(f.lockedUntil());
    }

    public Optional<Instant> lockedUntil(String username, Instant now) {
        return Optional.ofNullable(failures.get(username)).map(Failures::lockedUntil).filter(now::isBefore);
    }
}
