package org.kimberleyprocess.portal.membership.domain;

import org.kimberleyprocess.portal.platform.security.SecretToken;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.kimberleyprocess.portal.platform.errors.BusinessException;

/**
 * A representative's sign-up for an applicant state: it verifies its email address by a link, then the
 * Secretariat confirms that the person speaks for the state named. Only then is an account created.
 */
@Entity
@Table(name = "registration")
public class Registration {

    /** How long the verification link is valid. */
    public static final Duration LINK_VALIDITY = Duration.ofDays(7);

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(nullable = false, length = org.kimberleyprocess.portal.platform.validation.EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "iso_code", nullable = false, length = 2)
    private String isoCode;

    @Column(length = 2)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RegistrationStatus status;

    @Column(nullable = false, unique = true, length = 64)
    private String token;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Version
    private long version;

    protected Registration() {
        // for JPA
    }

    public Registration(String username, String displayName, String email, String passwordHash, String isoCode,
                        String language, String token, Instant now) {
        this.username = Objects.requireNonNull(username, "username is required");
        this.displayName = Objects.requireNonNull(displayName, "name is required");
        this.email = Objects.requireNonNull(email, "email is required");
        this.passwordHash = Objects.requireNonNull(passwordHash, "password hash is required");
        this.isoCode = Objects.requireNonNull(isoCode, "state is required");
        this.language = language;
        this.token = SecretToken.hash(Objects.requireNonNull(token, "token is required"));
        this.createdAt = Objects.requireNonNull(now, "time is required");
        this.status = RegistrationStatus.EMAIL_UNVERIFIED;
    }

    /** The link was followed: the address is the registrant's. */
    public void verify(String presented, Instant now) {
        if (status != RegistrationStatus.EMAIL_UNVERIFIED || !token.equals(SecretToken.hash(presented))) {
            throw new BusinessException("membership.signup.error.link");
        }
        if (now.isAfter(createdAt.plus(LINK_VALIDITY))) {
            throw new BusinessException("membership.signup.error.expired");
        }
        status = RegistrationStatus.AWAITING_CONFIRMATION;
        verifiedAt = now;
    }

    public void confirm(String by, Instant now) {
        decide(RegistrationStatus.CONFIRMED, by, now);
    }

    public void refuse(String by, Instant now) {
        decide(RegistrationStatus.REFUSED, by, now);
    }

    private void decide(RegistrationStatus outcome, String by, Instant now) {
        if (status != RegistrationStatus.AWAITING_CONFIRMATION) {
            throw new BusinessException("membership.signup.error.notAwaiting");
        }
        status = outcome;
        decidedBy = Objects.requireNonNull(by, "decider is required");
        decidedAt = Objects.requireNonNull(now, "time is required");
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getIsoCode() {
        return isoCode;
    }

    public String getLanguage() {
        return language;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public String getTokenHash() {
        return token;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Registration other && username.equals(other.username));
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
