package org.kimberleyprocess.portal.statistics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.kimberleyprocess.portal.platform.scheme.ReportingYear;
import org.kimberleyprocess.portal.platform.errors.BusinessException;

/**
 * What the Secretariat sets for statistics: the first year returns are due, how many months after its end a period's
 * return falls due (default two), the mirror check's tolerance (default 5% of carats or of value) and the bound of
 * the anomalies (default ±50%).
 */
@Entity
@Table(name = "statistics_setting")
public class StatisticsSettings {

    public static final long ID = 1L;
    public static final int DEFAULT_DUE_MONTHS = 2;
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.050");
    public static final BigDecimal DEFAULT_BOUND = new BigDecimal("0.500");

    @Id
    private Long id;

    @Column(name = "first_year", nullable = false)
    private int firstYear;

    @Column(name = "due_months", nullable = false)
    private int dueMonths;

    @Column(name = "mirror_tolerance", nullable = false, precision = 5, scale = 3)
    private BigDecimal mirrorTolerance;

    @Column(name = "anomaly_bound", nullable = false, precision = 5, scale = 3)
    private BigDecimal anomalyBound;

    @Version
    private long version;

    protected StatisticsSettings() {
        // for JPA
    }

    public StatisticsSettings(int firstYear) {
        this.id = ID;
        this.firstYear = firstYear;
        this.dueMonths = DEFAULT_DUE_MONTHS;
        this.mirrorTolerance = DEFAULT_TOLERANCE;
        this.anomalyBound = DEFAULT_BOUND;
    }

    /** Changes the settings; each must lie in its range (a year from 2003 to {@code lastYear}). */
    public void change(int newFirstYear, int newDueMonths, BigDecimal tolerance, BigDecimal bound, int lastYear) {
        if (!ReportingYear.between(newFirstYear, lastYear)) {
            throw new BusinessException("statistics.settings.error.firstYear", StatisticsPeriod.FIRST_YEAR, lastYear);
        }
        if (newDueMonths < 0 || newDueMonths > 24) {
            throw new BusinessException("statistics.settings.error.dueMonths");
        }
        if (tolerance == null || tolerance.signum() <= 0 || tolerance.compareTo(BigDecimal.ONE) >= 0) {
            throw new BusinessException("statistics.settings.error.tolerance");
        }
        if (bound == null || bound.signum() <= 0 || bound.compareTo(BigDecimal.TEN) >= 0) {
            throw new BusinessException("statistics.settings.error.bound");
        }
        this.firstYear = newFirstYear;
        this.dueMonths = newDueMonths;
        this.mirrorTolerance = tolerance.setScale(3, java.math.RoundingMode.HALF_UP);
        this.anomalyBound = bound.setScale(3, java.math.RoundingMode.HALF_UP);
    }

    /** The day a period's return falls due: the period's last day plus the months set. */
    public java.time.LocalDate dueOn(StatisticsPeriod period) {
        return period.lastDay().plusMonths(dueMonths);
    }

    public int getFirstYear() {
        return firstYear;
    }

    public int getDueMonths() {
        return dueMonths;
    }

    public BigDecimal getMirrorTolerance() {
        return mirrorTolerance;
    }

    public BigDecimal getAnomalyBound() {
        return anomalyBound;
    }
}
