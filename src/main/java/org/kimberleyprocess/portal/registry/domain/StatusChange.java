package org.kimberleyprocess.portal.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One dated entry of a Participant's public status history. */
@Entity
@Table(name = "participant_status_change")
public class StatusChange {

    public static final int REFERENCE_LENGTH = 200;
    public static final int REASON_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ParticipationStatus status;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "decision_reference", length = REFERENCE_LENGTH)
    private String decisionReference;

    @Column(length = REASON_LENGTH)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected StatusChange() {
        // for JPA
    }

    StatusChange(Participant participant, ParticipationStatus status, LocalDate effectiveDate,
                 String decisionReference, String reason, Instant recordedAt) {
        this.participant = Objects.requireNonNull(participant, "participant is required");
        this.status = Objects.requireNonNull(status, "status is required");
        this.effectiveDate = Objects.requireNonNull(effectiveDate, "effective date is required");
        this.decisionReference = decisionReference;
        this.reason = reason;
        this.recordedAt = Objects.requireNonNull(recordedAt, "recording time is required");
    }

    public ParticipationStatus getStatus() {
        return status;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
