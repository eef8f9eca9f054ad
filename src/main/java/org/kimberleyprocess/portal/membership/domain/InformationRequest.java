package org.kimberleyprocess.portal.membership.domain;

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

/** A question of the Participation Committee to the applicant, and the applicant's answer. */
@Entity
@Table(name = "application_information_request")
public class InformationRequest {

    public static final int TEXT_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private MembershipApplication application;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(name = "asked_by", nullable = false, length = 60)
    private String askedBy;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String question;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 60)
    private String answeredBy;

    @Column(length = TEXT_LENGTH)
    private String answer;

    protected InformationRequest() {
        // for JPA
    }

    InformationRequest(MembershipApplication application, Instant askedAt, String askedBy, String question) {
        this.application = application;
        this.askedAt = askedAt;
        this.askedBy = askedBy;
        this.question = question;
    }

    void answer(String text, String by, Instant at) {
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public boolean isOpen() {
        return answer == null;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public String getAskedBy() {
        return askedBy;
    }

    public String getQuestion() {
        return question;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public String getAnswer() {
        return answer;
    }
}
