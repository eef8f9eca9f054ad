package org.kimberleyprocess.portal.statistics.domain;

import java.math.BigDecimal;
import java.util.List;

/** Sums of the submitted figures (the current revision of each submitted return), read in the database. */
public interface StatisticsFigures {

    /** Carats and US dollars of a flow: the world's in a year, or a Participant's. */
    record Total(String participant, int year, Flow flow, BigDecimal carats, BigDecimal valueUsd) {
    }

    /** Trade of one Participant with one partner in one HS code. */
    record PairTotal(String participant, String partner, HsCode hsCode, BigDecimal carats, BigDecimal valueUsd) {
    }

    /** A Participant's total of a flow in one period. */
    record PeriodTotal(String participant, Flow flow, StatisticsPeriod period, BigDecimal carats,
                       BigDecimal valueUsd) {
    }

    /** The world totals of every flow, by year (participant null), for the years from {@code from} to {@code to}. */
    List<Total> world(int from, int to);

    /** Each Participant's total of a flow in a year. */
    List<Total> byParticipant(int year, Flow flow);

    /** A quarter's trade of a flow by Participant, partner and HS code. */
    List<PairTotal> trade(StatisticsPeriod quarter, Flow flow);

    /** Each Participant's total per flow and period, for the years from {@code from} to {@code to}. */
    List<PeriodTotal> periods(int from, int to);
}
