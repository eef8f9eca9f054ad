package org.kimberleyprocess.portal.statistics.application;

import java.math.BigDecimal;
import java.time.Instant;
import org.kimberleyprocess.portal.statistics.domain.Flow;
import org.kimberleyprocess.portal.statistics.domain.ReturnStatus;
import org.kimberleyprocess.portal.statistics.domain.StatisticsPeriod;

/**
 * A period's return as a list shows it: {@code status} is null when nothing is stored for the period; the totals
 * are those of the current revision.
 */
public record ReturnRow(Flow flow, StatisticsPeriod period, ReturnStatus status, int revision, int lines,
                        BigDecimal carats, BigDecimal valueUsd, int outsideScheme, Instant changedAt,
                        String changedBy) {
}
