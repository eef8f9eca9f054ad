package org.kimberleyprocess.portal.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** Failed logins on a username that has no account, counted by the accounts' rule ({@link UserAccount#lockAfter}). */
@Entity
@Table(name = "unknown_login")
public class UnknownLogin {

    public static final int USERNAME_LENGTH = 200;

    @Id
    @Column(length = USERNAME_LENGTH)
    private String username;

    @Column(nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_failed_at", nullable = false)
    private Instant lastFailedAt;

    protected UnknownLogin() {
        // for JPA
    }

    UnknownLogin(String username, Instant now) {
        this.username = username;
        this.lastFailedAt = now;
    }

    /** Counts a failure now; returns until when the name is now "locked", if it is. */
    Optional<Instant> fail(Instant now) {
        failures++;
        lastFailedAt = now;
        lockedUntil = UserAccount.lockAfter(failures, now).orElse(null);
        return Optional.ofNullable(lockedUntil);
    }

    Optional<Instant> lockedUntil(Instant now) {
        return Optional.ofNullable(lockedUntil).filter(now::isBefore);
    }
}
