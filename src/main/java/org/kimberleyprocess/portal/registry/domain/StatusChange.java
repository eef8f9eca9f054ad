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
    static final String SEPARATOR = "\u001F";

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

    /** What the portal itself recorded as the reason: a message key, translated when shown (never prose). */
    @Column(name = "reason_key", length = 80)
    private String reasonKey;

    /** The arguments of {@link #reasonKey}, separated by {@link #SEPARATOR}. */
    @Column(name = "reason_arguments", length = 400)
    private String reasonArguments;

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

    StatusChange(Participant participant, ParticipationStatus status, LocalDate effectiveDate,
                 String decisionReference, PortalReason reason, Instant recordedAt) {
        this(participant, status, effectiveDate, decisionReference, (String) null, recordedAt);
        this.reasonKey = reason.key();
        this.reasonArguments = reason.arguments().isEmpty() ? null : String.join(SEPARATOR, reason.arguments());
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

    /** The reason as a person typed it (null where the portal recorded one of its own). */
    public String getReason() {
        return reason;
    }

    /** The reason the portal recorded itself, to be translated for the reader; empty where a person typed one. */
    public java.util.Optional<PortalReason> getPortalReason() {
        return reasonKey == null ? java.util.Optional.empty() : java.util.Optional.of(new PortalReason(reasonKey,
                reasonArguments == null ? java.util.List.of() : java.util.List.of(reasonArguments.split(SEPARATOR))));
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
