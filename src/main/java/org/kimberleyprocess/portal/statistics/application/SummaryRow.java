package org.kimberleyprocess.portal.statistics.application;

import java.math.BigDecimal;

/** One Participant's (or, with {@code participant} null, the world's) total of a flow in a year. */
public record SummaryRow(String participant, String name, BigDecimal carats, BigDecimal valueUsd,
                         BigDecimal usdPerCarat) {
}
