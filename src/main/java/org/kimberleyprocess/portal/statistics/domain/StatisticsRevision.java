package org.kimberleyprocess.portal.statistics.domain;

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
import java.util.Optional;

/** One submission of a return: the first (without a reason) or a revision (with the reason for the correction). */
@Entity
@Table(name = "statistics_revision")
public class StatisticsRevision {

    public static final int REASON_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "return_id")
    private StatisticsReturn statisticsReturn;

    @Column(nullable = false)
    private int revision;

    @Column(length = REASON_LENGTH)
    private String reason;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected StatisticsRevision() {
        // for JPA
    }

    StatisticsRevision(StatisticsReturn statisticsReturn, int revision, String reason, int lineCount, String by,
                       Instant at) {
        this.statisticsReturn = statisticsReturn;
        this.revision = revision;
        this.reason = reason;
        this.lineCount = lineCount;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public int getRevision() {
        return revision;
    }

    public Optional<String> getReason() {
        return Optional.ofNullable(reason);
    }

    public int getLineCount() {
        return lineCount;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
