package org.kimberleyprocess.portal.statistics.application;

/** The world's production, imports and exports in a year. */
public record YearTotals(int year, boolean published, SummaryRow production, SummaryRow imports,
                         SummaryRow exports) {
}
