package org.kimberleyprocess.portal.registry.domain;

import jakarta.persistence.AttributeOverride;
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
import java.time.Instant;
import java.util.Objects;
import org.kimberleyprocess.portal.accounts.domain.RequestedAccount;
import org.kimberleyprocess.portal.accounts.domain.UserAccount;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.i18n.Language;

/**
 * An organisation's request to become an Observer, with the account its delegate will use. The Chair or the
 * Secretariat approves (the Observer and the account are then created) or refuses it.
 */
@Entity
@Table(name = "observer_request")
public class ObserverRequest {

    public static final int MOTIVATION_LENGTH = 2000;

    /** Where a request stands. */
    public enum Status { PENDING, APPROVED, REFUSED }

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Column(name = "organisation", nullable = false, length = Observer.NAME_LENGTH)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ObserverKind kind;

    @Column(name = "motivation", length = MOTIVATION_LENGTH)
    private String motivation;

    /** The delegate's account asked for (the delegate's name is kept as {@code delegate_name}). */
    @Embedded
    @AttributeOverride(name = "displayName", column = @Column(name = "delegate_name", nullable = false,
            length = UserAccount.DISPLAY_NAME_LENGTH))
    private RequestedAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Version
    private long version;

    protected ObserverRequest() {
        // for JPA
    }

    public ObserverRequest(String organisation, ObserverKind kind, String motivation, RequestedAccount account,
                           Instant now) {
        this.organisation = Objects.requireNonNull(organisation, "organisation is required").strip();
        this.kind = Objects.requireNonNull(kind, "kind is required");
        this.motivation = motivation == null || motivation.isBlank() ? null : motivation.strip();
        this.account = Objects.requireNonNull(account, "account is required");
        this.createdAt = Objects.requireNonNull(now, "time is required");
        this.status = Status.PENDING;
    }

    public void approve(String by, Instant now) {
        decide(Status.APPROVED, by, now);
    }

    public void refuse(String by, Instant now) {
        decide(Status.REFUSED, by, now);
    }

    private void decide(Status outcome, String by, Instant now) {
        if (status != Status.PENDING) {
            throw new BusinessException("registry.observerRequest.error.decided");
        }
        status = outcome;
        decidedBy = Objects.requireNonNull(by, "decider is required");
        decidedAt = Objects.requireNonNull(now, "time is required");
    }

    public Long getId() {
        return id;
    }

    public String getOrganisation() {
        return organisation;
    }

    public ObserverKind getKind() {
        return kind;
    }

    public String getMotivation() {
        return motivation;
    }

    /** The delegate's account asked for, opened on approval. */
    public RequestedAccount getAccount() {
        return account;
    }

    public String getDelegateName() {
        return account.getDisplayName();
    }

    public String getEmail() {
        return account.getEmail();
    }

    public String getUsername() {
        return account.getUsername();
    }

    public Language getLanguage() {
        return account.language();
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
