package org.kimberleyprocess.portal.statistics.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.kimberleyprocess.portal.platform.scheme.ReportingYear;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.web.PageMessages;
import org.kimberleyprocess.portal.platform.web.Pages;
import org.kimberleyprocess.portal.statistics.application.Anomaly;
import org.kimberleyprocess.portal.statistics.application.DiscrepancyView;
import org.kimberleyprocess.portal.statistics.application.MissingReturn;
import org.kimberleyprocess.portal.statistics.application.OutsideTradeView;
import org.kimberleyprocess.portal.statistics.application.SettingsView;
import org.kimberleyprocess.portal.statistics.application.StatisticsPublication;
import org.kimberleyprocess.portal.statistics.application.StatisticsQuality;
import org.kimberleyprocess.portal.statistics.domain.StatisticsPeriod;

/**
 * The quality of a year's statistics (statistics/quality.xhtml): returns missing past their due date, anomalies,
 * mirror discrepancies; for the Secretariat, publishing the year and the settings.
 */
@Named
@RequestScoped
public class QualityBacking {

    @Inject
    private StatisticsQuality quality;

    @Inject
    private StatisticsPublication publication;

    @Inject
    private PageMessages messages;

    @Inject
    private Clock clock;

    private int year;
    private List<MissingReturn> missing;
    private List<Anomaly> anomalies;
    private List<DiscrepancyView> mirror;
    private List<OutsideTradeView> outside;
    private Integer firstYear;
    private Integer dueMonths;
    private BigDecimal tolerancePercent;
    private BigDecimal boundPercent;

    @jakarta.annotation.PostConstruct
    void init() {
        year = Pages.intParameter("year").filter(y -> ReportingYear.between(y, thisYear()))
                .orElse(thisYear() - 1);
        SettingsView s = quality.settings();
        firstYear = s.firstYear();
        dueMonths = s.dueMonths();
        tolerancePercent = s.mirrorTolerance().movePointRight(2).stripTrailingZeros();
        boundPercent = s.anomalyBound().movePointRight(2).stripTrailingZeros();
    }

    private int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    public List<MissingReturn> getMissing() {
        if (missing == null) {
            missing = quality.missing(year);
        }
        return missing;
    }

    public List<Anomaly> getAnomalies() {
        if (anomalies == null) {
            anomalies = quality.anomalies(year);
        }
        return anomalies;
    }

    public List<OutsideTradeView> getOutside() {
        if (outside == null) {
            outside = quality.outsideScheme(year);
        }
        return outside;
    }

    public List<DiscrepancyView> getMirror() {
        if (mirror == null) {
            mirror = quality.mirror(year, null, null);
        }
        return mirror;
    }

    public boolean isPublished() {
        return publication.publishedYears().contains(year);
    }

    public String publish() {
        return messages.perform(() -> publication.publish(year), "statistics.publish.done",
                "/statistics/quality?faces-redirect=true&year=" + year);
    }

    public String saveSettings() {
        if (firstYear == null || dueMonths == null || tolerancePercent == null || boundPercent == null) {
            messages.error(null, "statistics.settings.error.missing");
            return null;
        }
        try {
            quality.changeSettings(firstYear, dueMonths, tolerancePercent.movePointLeft(2),
                    boundPercent.movePointLeft(2));
            messages.info("statistics.settings.saved");
            messages.keepForRedirect();
            return "/statistics/quality?faces-redirect=true&year=" + year;
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
    }

    /** A fraction as a percentage for the reader (0.0523 → 5.2). */
    public BigDecimal percent(BigDecimal fraction) {
        return fraction == null ? null : fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }

    public List<Integer> getYears() {
        int last = thisYear();
        return IntStream.rangeClosed(StatisticsPeriod.FIRST_YEAR, last).map(y -> last - y + StatisticsPeriod.FIRST_YEAR)
                .boxed().toList();
    }

    public int getYear() {
        return year;
    }

    public Integer getFirstYear() {
        return firstYear;
    }

    public void setFirstYear(Integer firstYear) {
        this.firstYear = firstYear;
    }

    public Integer getDueMonths() {
        return dueMonths;
    }

    public void setDueMonths(Integer dueMonths) {
        this.dueMonths = dueMonths;
    }

    public BigDecimal getTolerancePercent() {
        return tolerancePercent;
    }

    public void setTolerancePercent(BigDecimal tolerancePercent) {
        this.tolerancePercent = tolerancePercent;
    }

    public BigDecimal getBoundPercent() {
        return boundPercent;
    }

    public void setBoundPercent(BigDecimal boundPercent) {
        this.boundPercent = boundPercent;
    }
}
