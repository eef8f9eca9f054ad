package org.kimberleyprocess.portal.accounts.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Failed logins on usernames that have no account, counted by the same rule as for real accounts (see
 * {@link UserAccount#lockAfter}), so that the login page answers alike for both and does not tell who exists.
 */
public interface UnknownLogins {

    /** Counts a failure; returns until when the name is now "locked", if it is. */
    Optional<Instant> fail(String username, Instant now);

    /** Until when the name is "locked", if it is. */
    Optional<Instant> lockedUntil(String username, Instant now);
}
