package org.kimberleyprocess.portal.plenary.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A Participant's objection to a decision in written procedure; it ends that procedure and stays on record. */
@Entity
@Table(name = "plenary_decision_objection")
public class DecisionObjection {

    public static final int REASON_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "decision_id")
    private Decision decision;

    @Column(name = "iso_code", nullable = false, length = 2)
    private String isoCode;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(nullable = false, length = REASON_LENGTH)
    private String reason;

    @Column(name = "objected_at", nullable = false)
    private Instant objectedAt;

    protected DecisionObjection() {
        // for JPA
    }

    DecisionObjection(Decision decision, String isoCode, String username, String reason, Instant at) {
        this.decision = decision;
        this.isoCode = isoCode;
        this.username = username;
        this.reason = reason;
        this.objectedAt = at;
    }

    public String getIsoCode() {
        return isoCode;
    }

    public String getUsername() {
        return username;
    }

    public String getReason() {
        return reason;
    }

    public Instant getObjectedAt() {
        return objectedAt;
    }
}
