package org.kimberleyprocess.portal.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.security.SecretToken;

/**
 * A personal API token: lets a script act as its account (with the account's roles at the time of each request)
 * until it expires or is revoked. Keeps only the hash of its secret, which its owner sees once.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final int LABEL_LENGTH = 100;
    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 365;
    /** Live (unexpired, unrevoked) tokens an account may hold at once. */
    public static final int MAX_LIVE = 10;
    /** How often the last use is written: not on every request, which would make each one a write. */
    static final Duration USE_PRECISION = Duration.ofMinutes(5);

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Column(nullable = false, length = LABEL_LENGTH)
    private String label;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ApiToken() {
        // for JPA
    }

    /** A token for {@code account} with the given secret, valid for {@code days} days (1 to {@link #MAX_DAYS}). */
    public ApiToken(UserAccount account, String label, String secret, int days, Instant now) {
        this.account = Objects.requireNonNull(account, "account is required");
        String trimmed = label == null ? "" : label.strip();
        if (trimmed.isEmpty()) {
            throw new BusinessException("account.tokens.error.label");
        }
        if (trimmed.length() > LABEL_LENGTH) {
            throw new BusinessException("account.tokens.error.labelLength", LABEL_LENGTH);
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new BusinessException("account.tokens.error.days", MAX_DAYS);
        }
        this.label = trimmed;
        this.tokenHash = SecretToken.hash(Objects.requireNonNull(secret, "secret is required"));
        this.createdAt = Objects.requireNonNull(now, "time is required");
        this.expiresAt = now.plus(Duration.ofDays(days));
    }

    /** Whether the token opens its account now (its account's own state is checked apart). */
    public boolean isLive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /**
     * Whether a use now is worth writing down: the last use is kept to a few minutes, so that checking a token is
     * not a write on every request (and two requests at once do not contend for the row).
     */
    public boolean isUseWorthNoting(Instant now) {
        return lastUsedAt == null || !now.isBefore(lastUsedAt.plus(USE_PRECISION));
    }

    /** Revokes the token; revoking it again changes nothing. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Optional<Instant> getLastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    public Optional<Instant> getRevokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    /** Equal by business key, not by row: the hash of its secret, unique. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ApiToken other && Objects.equals(tokenHash, other.tokenHash));
    }

    @Override
    public int hashCode() {
        return Objects.hash(tokenHash);
    }
}
