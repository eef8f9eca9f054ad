package org.kimberleyprocess.portal.statistics.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The lines of the returns, written in bulk (an import can carry a few hundred thousand). */
public interface StatisticsLines {

    /** The lines one revision of one return receives; {@code replacing}: the revision may already hold lines. */
    record Batch(long returnId, int revision, List<StatisticsLine> lines, boolean replacing) {
    }

    /**
     * Writes each batch's lines under its return's revision, replacing what that revision held;
     * {@code outsideScheme} marks the lines of trade with a partner outside the Scheme.
     */
    void replace(List<Batch> batches, Predicate<StatisticsLine> outsideScheme);

    /** A line of trade with a partner outside the Scheme in its period, from a return's current revision. */
    record OutsideTrade(String participant, Flow flow, StatisticsPeriod period, HsCode hsCode, String partner,
                        java.math.BigDecimal carats, java.math.BigDecimal valueUsd, ReturnStatus status) {
    }

    /** The year's lines of trade with partners outside the Scheme, by Participant and period. */
    List<OutsideTrade> outsideScheme(int year);

    /** The sums of the current lines of a Participant's returns on a year, by return. */
    Map<Long, ReturnTotals> totals(String participantIso, int year);

    /** The lines of one revision of one return, by HS code and partner. */
    List<StoredLine> of(long returnId, int revision);
}
