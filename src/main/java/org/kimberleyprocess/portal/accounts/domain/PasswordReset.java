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
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.security.SecretToken;

/** A "forgot password" link: for one account, valid for an hour, usable once. Keeps only its token's hash. */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

    public static final Duration VALIDITY = Duration.ofHours(1);
    /** An invitation (a new account's first password) gives its person a week. */
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected PasswordReset() {
        // for JPA
    }

    public PasswordReset(UserAccount account, String token, Instant now) {
        this(account, token, now, VALIDITY);
    }

    public PasswordReset(UserAccount account, String token, Instant now, Duration validity) {
        this.account = Objects.requireNonNull(account, "account is required");
        this.tokenHash = SecretToken.hash(Objects.requireNonNull(token, "token is required"));
        this.createdAt = Objects.requireNonNull(now, "time is required");
        this.expiresAt = now.plus(Objects.requireNonNull(validity, "validity is required"));
    }

    /** Spends the link; refused if it was used or has expired. */
    public UserAccount use(Instant now) {
        if (usedAt != null || !now.isBefore(expiresAt)) {
            throw new BusinessException("account.reset.error.link");
        }
        usedAt = now;
        return account;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Equal by business key, not by row: the hash of its secret, unique. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof PasswordReset other && Objects.equals(tokenHash, other.tokenHash));
    }

    @Override
    public int hashCode() {
        return Objects.hash(tokenHash);
    }
}
