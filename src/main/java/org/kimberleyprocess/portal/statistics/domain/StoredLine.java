package org.kimberleyprocess.portal.statistics.domain;

import java.math.BigDecimal;

/**
 * A line as stored under a return: {@code partner} and {@code certificates} are null for production;
 * {@code outsideScheme} marks trade with a partner that was not a Participant in the period.
 */
public record StoredLine(HsCode hsCode, String partner, BigDecimal carats, BigDecimal valueUsd, Integer certificates,
                         boolean outsideScheme) {
}
