package org.kimberleyprocess.portal.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A message the portal wrote to someone: kept in the outbox, with when it was sent or why it failed. */
@Entity
@Table(name = "mail_message")
public class MailMessage {

    public static final int SUBJECT_LENGTH = 300;
    public static final int BODY_LENGTH = 8000;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = org.kimberleyprocess.portal.platform.validation.EmailAddress.MAX_LENGTH)
    private String recipient;

    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(nullable = false, length = BODY_LENGTH)
    private String body;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(length = 1000)
    private String failure;

    protected MailMessage() {
        // for JPA
    }

    public MailMessage(Instant createdAt, String recipient, String subject, String body) {
        this.createdAt = Objects.requireNonNull(createdAt, "time is required");
        this.recipient = Objects.requireNonNull(recipient, "recipient is required");
        this.subject = cut(Objects.requireNonNull(subject, "subject is required"), SUBJECT_LENGTH);
        this.body = cut(Objects.requireNonNull(body, "body is required"), BODY_LENGTH);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    void sent(Instant at) {
        this.sentAt = at;
        this.failure = null;
    }

    void failed(String why) {
        this.failure = cut(why == null ? "unknown" : why, 1000);
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getFailure() {
        return failure;
    }
}
