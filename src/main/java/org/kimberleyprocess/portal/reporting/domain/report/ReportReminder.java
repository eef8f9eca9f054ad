package org.kimberleyprocess.portal.reporting.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * That a reminder was sent for a report: its business key (Participant, year, reminder) is unique in the database,
 * so a second server, a restart or a rerun cannot send it again.
 */
@Entity
@Table(name = "report_reminder")
public class ReportReminder {

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Column(name = "participant_iso", nullable = false, length = 2)
    private String participantIso;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(name = "reminder_key", nullable = false, length = 20)
    private String key;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ReportReminder() {
        // for JPA
    }

    public ReportReminder(String participantIso, int year, String key, Instant sentAt) {
        this.participantIso = Objects.requireNonNull(participantIso, "participant is required");
        this.year = year;
        this.key = Objects.requireNonNull(key, "key is required");
        this.sentAt = Objects.requireNonNull(sentAt, "time is required");
    }

    /** Equal by business key, not by row: the Participant, the year and the reminder: each sent once. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ReportReminder other && Objects.equals(participantIso, other.participantIso) && Objects.equals(year, other.year) && Objects.equals(key, other.key));
    }

    @Override
    public int hashCode() {
        return Objects.hash(participantIso, year, key);
    }
}
