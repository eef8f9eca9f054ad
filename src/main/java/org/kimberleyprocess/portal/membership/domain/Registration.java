package org.kimberleyprocess.portal.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.kimberleyprocess.portal.accounts.domain.RequestedAccount;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.security.SecretToken;

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

    @Embedded
    private RequestedAccount account;

    @Column(name = "iso_code", nullable = false, length = 2)
    private String isoCode;

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

    /** A sign-up for a state: the account asked for, the state (its ISO code), the email link's token. */
    public Registration(RequestedAccount account, String isoCode, String token, Instant now) {
        this.account = Objects.requireNonNull(account, "account is required");
        this.isoCode = Objects.requireNonNull(isoCode, "state is required");
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

    /** The account asked for, opened when the Secretariat confirms. */
    public RequestedAccount getAccount() {
        return account;
    }

    public String getUsername() {
        return account.getUsername();
    }

    public String getDisplayName() {
        return account.getDisplayName();
    }

    public String getEmail() {
        return account.getEmail();
    }

    public String getIsoCode() {
        return isoCode;
    }

    public Language getLanguage() {
        return account.language();
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
        return this == o || (o instanceof Registration other && getUsername().equals(other.getUsername()));
    }

    @Override
    public int hashCode() {
        return getUsername().hashCode();
    }
}
