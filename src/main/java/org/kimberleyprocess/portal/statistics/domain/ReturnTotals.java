package org.kimberleyprocess.portal.statistics.domain;

import java.math.BigDecimal;

/** The sums of a return's current lines. */
public record ReturnTotals(int lines, BigDecimal carats, BigDecimal valueUsd, int outsideScheme) {

    public static final ReturnTotals NONE = new ReturnTotals(0, BigDecimal.ZERO, BigDecimal.ZERO, 0);
}
