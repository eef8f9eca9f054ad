package org.kimberleyprocess.portal.membership.domain;

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

/** One step of an application's procedure: who moved it, when, from what to what, and why. */
@Entity
@Table(name = "application_event")
public class ApplicationEvent {

    public static final int COMMENT_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private MembershipApplication application;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30)
    private ApplicationStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 30)
    private ApplicationStatus to;

    @Column(length = COMMENT_LENGTH)
    private String comment;

    protected ApplicationEvent() {
        // for JPA
    }

    ApplicationEvent(MembershipApplication application, Instant occurredAt, String actor, ApplicationStatus from,
                     ApplicationStatus to, String comment) {
        this.application = application;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.from = from;
        this.to = to;
        this.comment = comment;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    /** The office that took the step (what the applicant is shown instead of an account name). */
    public ProcedureOffice getOffice() {
        return ProcedureOffice.taking(from, to);
    }

    public ApplicationStatus getFrom() {
        return from;
    }

    public ApplicationStatus getTo() {
        return to;
    }

    public String getComment() {
        return comment;
    }
}
