package org.kimberleyprocess.portal.statistics.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.scheme.ReportingYear;

/**
 * A reporting period: a quarter (Q1–Q4) for trade, a half-year (H1–H2) for production, of a year from the Scheme's
 * first (2003).
 */
public record StatisticsPeriod(int year, String code) {

    public static final int FIRST_YEAR = ReportingYear.FIRST;
    private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile("Q[1-4]");
    private static final java.util.regex.Pattern HALF = java.util.regex.Pattern.compile("H[12]");

    /** The period a flow is reported in, if {@code code} is one for it. */
    public static Optional<StatisticsPeriod> of(int year, String code, Flow flow) {
        boolean fits = (flow.isTrade() ? QUARTER : HALF).matcher(code).matches();
        return fits && ReportingYear.covers(year) ? Optional.of(new StatisticsPeriod(year, code)) : Optional.empty();
    }

    /** The periods of a year in which a flow is reported. */
    public static java.util.List<StatisticsPeriod> ofYear(int year, Flow flow) {
        return (flow.isTrade() ? java.util.List.of("Q1", "Q2", "Q3", "Q4") : java.util.List.of("H1", "H2")).stream()
                .map(c -> new StatisticsPeriod(year, c)).toList();
    }

    private int months() {
        return code.startsWith("Q") ? 3 : 6;
    }

    private int index() {
        return code.charAt(1) - '1';
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, 1 + index() * months(), 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(months()).minusDays(1);
    }

    @Override
    public String toString() {
        return year + " " + code;
    }
}
