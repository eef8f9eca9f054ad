package org.kimberleyprocess.portal.statistics.application;

import java.math.BigDecimal;
import org.kimberleyprocess.portal.statistics.domain.Flow;

/**
 * A figure worth a second look: {@code kind} is PRICE (value per carat away from the Participant's own last four
 * periods), SWING (volume away from the period before) or SUPPLY (a year's exports above its production and
 * imports); {@code found} and {@code reference} are the figure and what it is compared with ($/ct or carats);
 * {@code period} is null for a year.
 */
public record Anomaly(String participant, Flow flow, String period, String kind, BigDecimal found,
                      BigDecimal reference) {
}
