package org.kimberleyprocess.portal.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One counted event of a limit per client address (a failed login, an anonymous submission). */
@Entity
@Table(name = "limit_event")
public class LimitEvent {

    public static final int KEY_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Column(name = "limit_key", nullable = false, length = KEY_LENGTH)
    private String key;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    protected LimitEvent() {
        // for JPA
    }

    public LimitEvent(String key, Instant happenedAt) {
        this.key = key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
        this.happenedAt = happenedAt;
    }

    public Instant happenedAt() {
        return happenedAt;
    }
}
