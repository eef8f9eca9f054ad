package org.kimberleyprocess.portal.statistics.domain;

import java.math.BigDecimal;

/**
 * One line of a Participant's statistics: a flow in a period, by HS code, with the partner country for trade;
 * carats and US dollars as exact decimals with at most two places, never negative; the number of KP certificates
 * for trade. {@code partner} and {@code certificates} are null for production.
 */
public record StatisticsLine(String participant, StatisticsPeriod period, Flow flow, HsCode hsCode, String partner,
                             BigDecimal carats, BigDecimal valueUsd, Integer certificates) {

    /** What identifies a line: two lines with the same key in one import are a duplicate. */
    public record Key(String participant, StatisticsPeriod period, Flow flow, HsCode hsCode, String partner) {
    }

    public Key key() {
        return new Key(participant, period, flow, hsCode, partner);
    }
}
