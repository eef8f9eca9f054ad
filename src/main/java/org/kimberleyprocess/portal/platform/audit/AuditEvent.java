package org.kimberleyprocess.portal.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One change made by a user (or by the system): who, when, what, on which record. Never edited. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int DETAILS_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "entity_type", nullable = false, length = 60)
    private String entityType;

    @Column(name = "entity_key", nullable = false, length = 120)
    private String entityKey;

    @Column(length = DETAILS_LENGTH)
    private String details;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, String actor, String action, String entityType, String entityKey,
                      String details) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "time is required");
        this.actor = Objects.requireNonNull(actor, "actor is required");
        this.action = Objects.requireNonNull(action, "action is required");
        this.entityType = Objects.requireNonNull(entityType, "entity type is required");
        this.entityKey = Objects.requireNonNull(entityKey, "entity key is required");
        this.details = details == null || details.length() <= DETAILS_LENGTH
                ? details : details.substring(0, DETAILS_LENGTH);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityKey() {
        return entityKey;
    }

    public String getDetails() {
        return details;
    }
}
