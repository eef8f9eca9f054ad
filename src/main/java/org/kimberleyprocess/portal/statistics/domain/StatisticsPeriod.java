package org.kimberleyprocess.portal.statistics.domain;

import java.util.Optional;

/**
 * A reporting period: a quarter (Q1–Q4) for trade, a half-year (H1–H2) for production, of a year from the Scheme's
 * first (2003).
 */
public record StatisticsPeriod(int year, String code) {

    public static final int FIRST_YEAR = 2003;

    /** The period a flow is reported in, if {@code code} is one for it. */
    public static Optional<StatisticsPeriod> of(int year, String code, Flow flow) {
        boolean fits = flow.isTrade() ? code.matches("Q[1-4]") : code.matches("H[12]");
        return fits && year >= FIRST_YEAR ? Optional.of(new StatisticsPeriod(year, code)) : Optional.empty();
    }
}
