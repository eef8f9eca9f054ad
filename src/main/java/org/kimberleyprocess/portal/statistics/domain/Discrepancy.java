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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.validation.BoundedText;
import org.kimberleyprocess.portal.platform.errors.BusinessException;

/**
 * A mirror discrepancy: the exporter's exports to the importer and the importer's imports from the exporter, for one
 * HS code and quarter, differ beyond the tolerance. Both Participants and the Working Group comment on it; it is
 * closed with an explanation. When the figures change it follows them: open again if they still differ (and differ
 * from what was explained), resolved if they now agree.
 */
@Entity
@Table(name = "statistics_discrepancy")
public class Discrepancy {

    public static final int EXPLANATION_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Column(name = "exporter_iso", nullable = false, length = 2)
    private String exporterIso;

    @Column(name = "importer_iso", nullable = false, length = 2)
    private String importerIso;

    @Column(name = "hs_code", nullable = false, length = 7)
    private String hsCode;

    @Column(name = "period_year", nullable = false)
    private int year;

    @Column(name = "period_code", nullable = false, length = 2)
    private String periodCode;

    @Column(name = "exported_carats", nullable = false, precision = 17, scale = 2)
    private BigDecimal exportedCarats;

    @Column(name = "exported_value", nullable = false, precision = 17, scale = 2)
    private BigDecimal exportedValue;

    @Column(name = "imported_carats", nullable = false, precision = 17, scale = 2)
    private BigDecimal importedCarats;

    @Column(name = "imported_value", nullable = false, precision = 17, scale = 2)
    private BigDecimal importedValue;

    @Column(nullable = false, precision = 9, scale = 4)
    private BigDecimal difference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DiscrepancyStatus status;

    @Column(length = EXPLANATION_LENGTH)
    private String explanation;

    @Column(name = "closed_by", length = 60)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "found_at", nullable = false)
    private Instant foundAt;

    @OneToMany(mappedBy = "discrepancy", cascade = CascadeType.ALL)
    @OrderBy("writtenAt")
    private List<DiscrepancyComment> comments = new ArrayList<>();

    @Version
    private long version;

    protected Discrepancy() {
        // for JPA
    }

    public Discrepancy(String exporterIso, String importerIso, HsCode hsCode, StatisticsPeriod quarter,
                       MirrorFigures figures, Instant at) {
        this.exporterIso = Objects.requireNonNull(exporterIso);
        this.importerIso = Objects.requireNonNull(importerIso);
        this.hsCode = hsCode.code();
        this.year = quarter.year();
        this.periodCode = quarter.code();
        this.foundAt = at;
        this.status = DiscrepancyStatus.OPEN;
        take(figures);
    }

    /**
     * Follows new figures: beyond the tolerance, the item stays (closed stays closed only if the figures are those
     * explained, otherwise it opens again); within it, the item is resolved.
     */
    public void follow(MirrorFigures figures, BigDecimal tolerance, Instant at) {
        boolean changed = !figures.equals(figures());
        if (!figures.beyond(tolerance)) {
            if (status != DiscrepancyStatus.CLOSED || changed) {
                status = DiscrepancyStatus.RESOLVED;
            }
        } else if (changed || status == DiscrepancyStatus.RESOLVED) {
            status = DiscrepancyStatus.OPEN;
            foundAt = at;
        }
        take(figures);
    }

    private void take(MirrorFigures figures) {
        this.exportedCarats = figures.exportedCarats();
        this.exportedValue = figures.exportedValue();
        this.importedCarats = figures.importedCarats();
        this.importedValue = figures.importedValue();
        this.difference = figures.difference();
    }

    public void comment(String author, String text, Instant at) {
        comments.add(new DiscrepancyComment(this, author, BoundedText.required(text, DiscrepancyComment.TEXT_LENGTH,
                "statistics.mirror.error.commentEmpty", "statistics.mirror.error.commentLength"), at));
    }

    /** Closes an open item with the explanation of the difference. */
    public void close(String why, String by, Instant at) {
        if (status != DiscrepancyStatus.OPEN) {
            throw new BusinessException("statistics.mirror.error.notOpen");
        }
        this.explanation = BoundedText.required(why, EXPLANATION_LENGTH, "statistics.mirror.error.explanation",
                "statistics.mirror.error.explanationLength");
        this.closedBy = by;
        this.closedAt = at;
        this.status = DiscrepancyStatus.CLOSED;
    }

    public boolean concerns(String iso) {
        return exporterIso.equals(iso) || importerIso.equals(iso);
    }

    public MirrorFigures figures() {
        return new MirrorFigures(exportedCarats, exportedValue, importedCarats, importedValue);
    }

    public Long getId() {
        return id;
    }

    public String getExporterIso() {
        return exporterIso;
    }

    public String getImporterIso() {
        return importerIso;
    }

    public HsCode getHsCode() {
        return HsCode.of(hsCode).orElseThrow();
    }

    public StatisticsPeriod getQuarter() {
        return new StatisticsPeriod(year, periodCode);
    }

    public BigDecimal getDifference() {
        return difference;
    }

    public DiscrepancyStatus getStatus() {
        return status;
    }

    public Optional<String> getExplanation() {
        return Optional.ofNullable(explanation);
    }

    public Optional<String> getClosedBy() {
        return Optional.ofNullable(closedBy);
    }

    public Instant getFoundAt() {
        return foundAt;
    }

    public List<DiscrepancyComment> getComments() {
        return Collections.unmodifiableList(comments);
    }

    /** Equal by business key, not by row: the two Participants, the HS code and the quarter: one item each. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Discrepancy other && Objects.equals(exporterIso, other.exporterIso) && Objects.equals(importerIso, other.importerIso) && Objects.equals(hsCode, other.hsCode) && Objects.equals(year, other.year) && Objects.equals(periodCode, other.periodCode));
    }

    @Override
    public int hashCode() {
        return Objects.hash(exporterIso, importerIso, hsCode, year, periodCode);
    }
}
