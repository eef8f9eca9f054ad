package org.kimberleyprocess.portal.statistics.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.kimberleyprocess.portal.platform.errors.BusinessException;

/**
 * A Participant's return for one flow in one period. A draft's lines are replaced as often as the Participant
 * likes; submitting gives them to the Scheme; after that the figures change only by a revision with a reason, and
 * every submission's lines stay. The figures are those of the current revision ({@link #getCurrentRevision}).
 */
@Entity
@Table(name = "statistics_return")
public class StatisticsReturn {

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Column(name = "participant_iso", nullable = false, length = 2)
    private String participantIso;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Flow flow;

    @Column(name = "period_year", nullable = false)
    private int year;

    @Column(name = "period_code", nullable = false, length = 2)
    private String periodCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReturnStatus status;

    @Column(name = "current_revision", nullable = false)
    private int currentRevision;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @OneToMany(mappedBy = "statisticsReturn", cascade = CascadeType.ALL)
    @OrderBy("revision")
    private List<StatisticsRevision> revisions = new ArrayList<>();

    @Version
    private long version;

    protected StatisticsReturn() {
        // for JPA
    }

    /** A new draft; its lines are revision 1's. */
    public StatisticsReturn(String participantIso, Flow flow, StatisticsPeriod period, String by, Instant at) {
        this.participantIso = Objects.requireNonNull(participantIso);
        this.flow = Objects.requireNonNull(flow);
        this.year = period.year();
        this.periodCode = period.code();
        if (StatisticsPeriod.of(year, periodCode, flow).isEmpty()) {
            throw new IllegalArgumentException(flow + " is not reported in " + period);
        }
        this.status = ReturnStatus.DRAFT;
        this.currentRevision = 1;
        touch(by, at);
    }

    /**
     * Takes new lines. A draft's replace its lines (the revision stays; the caller writes them under it); a
     * submitted return's need a reason and make the next revision, submitted at once. Returns the revision the lines
     * belong to.
     */
    public int replaceLines(String reason, int lineCount, String by, Instant at) {
        if (status == ReturnStatus.DRAFT) {
            touch(by, at);
            return currentRevision;
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("statistics.error.reasonRequired", label());
        }
        if (reason.length() > StatisticsRevision.REASON_LENGTH) {
            throw new BusinessException("statistics.error.reasonLength", StatisticsRevision.REASON_LENGTH);
        }
        currentRevision++;
        revisions.add(new StatisticsRevision(this, currentRevision, reason.strip(), lineCount, by, at));
        touch(by, at);
        return currentRevision;
    }

    /** Gives a draft to the Scheme; a submitted return is refused (it changes only by revision). */
    public void submit(int lineCount, String by, Instant at) {
        if (status != ReturnStatus.DRAFT) {
            throw new BusinessException("statistics.error.alreadySubmitted", label());
        }
        status = ReturnStatus.SUBMITTED;
        revisions.add(new StatisticsRevision(this, currentRevision, null, lineCount, by, at));
        touch(by, at);
    }

    private void touch(String by, Instant at) {
        this.changedBy = Objects.requireNonNull(by);
        this.changedAt = Objects.requireNonNull(at);
    }

    /** How the return is named in messages: flow, year and period. */
    public String label() {
        return participantIso + " " + flow + " " + year + " " + periodCode;
    }

    public Long getId() {
        return id;
    }

    public String getParticipantIso() {
        return participantIso;
    }

    public Flow getFlow() {
        return flow;
    }

    public StatisticsPeriod getPeriod() {
        return new StatisticsPeriod(year, periodCode);
    }

    public ReturnStatus getStatus() {
        return status;
    }

    public int getCurrentRevision() {
        return currentRevision;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public List<StatisticsRevision> getRevisions() {
        return Collections.unmodifiableList(revisions);
    }

    /** Equal by business key, not by row: the Participant, the flow and the period: one return each. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof StatisticsReturn other && Objects.equals(participantIso, other.participantIso) && Objects.equals(flow, other.flow) && Objects.equals(year, other.year) && Objects.equals(periodCode, other.periodCode));
    }

    @Override
    public int hashCode() {
        return Objects.hash(participantIso, flow, year, periodCode);
    }
}
