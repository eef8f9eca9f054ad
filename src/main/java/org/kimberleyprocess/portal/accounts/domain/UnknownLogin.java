package org.kimberleyprocess.portal.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
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

    public UnknownLogin(String username, Instant now) {
        this.username = username;
        this.lastFailedAt = now;
    }

    /** Counts a failure now; returns until when the name is now "locked", if it is. */
    public Optional<Instant> fail(Instant now) {
        failures++;
        lastFailedAt = now;
        lockedUntil = UserAccount.lockAfter(failures, now).orElse(null);
        return Optional.ofNullable(lockedUntil);
    }

    public Optional<Instant> lockedUntil(Instant now) {
        return Optional.ofNullable(lockedUntil).filter(now::isBefore);
    }

    /** Equal by business key, not by row: the username. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof UnknownLogin other && Objects.equals(username, other.username));
    }

    @Override
    public int hashCode() {
        return Objects.hash(username);
    }
}
