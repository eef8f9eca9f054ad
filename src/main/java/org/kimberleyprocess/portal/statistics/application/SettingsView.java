package org.kimberleyprocess.portal.statistics.application;

import java.math.BigDecimal;

/** The statistics settings in force: tolerance and bound as fractions (0.05 is 5%). */
public record SettingsView(int firstYear, int dueMonths, BigDecimal mirrorTolerance, BigDecimal anomalyBound) {
}
