package org.kimberleyprocess.portal.statistics.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kimberleyprocess.portal.platform.scheme.ReportingYear;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.errors.BusinessException;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;
import org.kimberleyprocess.portal.platform.i18n.CountryNames;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.security.Caller;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.statistics.domain.Flow;
import org.kimberleyprocess.portal.statistics.domain.Publications;
import org.kimberleyprocess.portal.statistics.domain.StatisticsFigures;
import org.kimberleyprocess.portal.statistics.domain.StatisticsPeriod;

/**
 * The figures as the Scheme publishes them: world totals by year and each Participant's production, imports and
 * exports in a year (carats, US dollars, dollars per carat), from submitted returns. The public reads published
 * years only; the Secretariat and the Working Group on Statistics every year. The Secretariat publishes a year.
 */
@Stateless
@PermitAll
public class StatisticsPublication {

    @Inject
    private Caller caller;

    @Inject
    private StatisticsFigures figures;

    @Inject
    private Publications publications;

    @Inject
    private Clock clock;

    @Inject
    private Event<Audited> audit;

    /** Makes a year's figures public: a year that has ended, once. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public void publish(int year) {
        if (!ReportingYear.between(year, LocalDate.now(clock).getYear() - 1)) {
            throw new BusinessException("statistics.publish.error.year", year);
        }
        if (publications.isPublished(year)) {
            throw new BusinessException("statistics.publish.error.already", year);
        }
        publications.publish(year, caller.name(), clock.instant());
        audit.fire(new Audited("STATISTICS_PUBLISHED", "Statistics", String.valueOf(year), null));
    }

    /** The years the caller may read: published ones, or every year with figures for those who see all. */
    public List<Integer> readableYears() {
        if (caller.isIn(StatisticsService.OVERSEERS)) {
            List<Integer> years = new ArrayList<>(figures.world(StatisticsPeriod.FIRST_YEAR,
                    LocalDate.now(clock).getYear()).stream().map(StatisticsFigures.Total::year).distinct().toList());
            years.sort(Comparator.naturalOrder());
            return years;
        }
        return publications.years();
    }

    public List<Integer> publishedYears() {
        return publications.years();
    }

    /** World totals by year, for the years the caller may read, earliest first. */
    public List<YearTotals> world() {
        List<Integer> years = readableYears();
        if (years.isEmpty()) {
            return List.of();
        }
        List<Integer> published = publications.years();
        Map<Integer, Map<Flow, SummaryRow>> byYear = new TreeMap<>();
        for (StatisticsFigures.Total t : figures.world(years.get(0), years.get(years.size() - 1))) {
            if (years.contains(t.year())) {
                byYear.computeIfAbsent(t.year(), y -> new java.util.EnumMap<>(Flow.class)).put(t.flow(),
                        row(null, null, t.carats(), t.valueUsd()));
            }
        }
        SummaryRow none = row(null, null, BigDecimal.ZERO, BigDecimal.ZERO);
        return byYear.entrySet().stream().map(e -> new YearTotals(e.getKey(), published.contains(e.getKey()),
                e.getValue().getOrDefault(Flow.PRODUCTION, none), e.getValue().getOrDefault(Flow.IMPORT, none),
                e.getValue().getOrDefault(Flow.EXPORT, none))).toList();
    }

    /** A year's figures of a flow by Participant, with the world total; an unreadable year is not found. */
    public Summary summary(int year, Flow flow, Language language) {
        boolean published = publications.isPublished(year);
        if (!published && !caller.isIn(StatisticsService.OVERSEERS)) {
            throw new NotFoundException("Statistics", year);
        }
        List<SummaryRow> rows = new ArrayList<>();
        BigDecimal carats = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        for (StatisticsFigures.Total t : figures.byParticipant(year, flow)) {
            rows.add(row(t.participant(), CountryNames.name(t.participant(), language), t.carats(), t.valueUsd()));
            carats = carats.add(t.carats());
            value = value.add(t.valueUsd());
        }
        rows.sort(Comparator.comparing(SummaryRow::carats).reversed());
        return new Summary(year, flow, published, rows, row(null, null, carats, value));
    }

    private static SummaryRow row(String iso, String name, BigDecimal carats, BigDecimal value) {
        BigDecimal perCarat = carats.signum() == 0 ? null
                : value.divide(carats, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
        return new SummaryRow(iso, name, carats, value, perCarat);
    }
}
