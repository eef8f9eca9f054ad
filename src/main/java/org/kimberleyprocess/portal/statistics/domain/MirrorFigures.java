package org.kimberleyprocess.portal.statistics.domain;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * What the exporter reported exporting to the importer and what the importer reported importing from it, for one HS
 * code and quarter; {@code difference} is the larger of the relative differences in carats and in value (against
 * the larger of the two figures).
 */
public record MirrorFigures(BigDecimal exportedCarats, BigDecimal exportedValue, BigDecimal importedCarats,
                            BigDecimal importedValue) {

    public BigDecimal difference() {
        return relative(exportedCarats, importedCarats).max(relative(exportedValue, importedValue));
    }

    private static BigDecimal relative(BigDecimal a, BigDecimal b) {
        BigDecimal larger = a.max(b);
        if (larger.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return a.subtract(b).abs().divide(larger, MathContext.DECIMAL64).setScale(4, java.math.RoundingMode.HALF_UP);
    }

    /** Whether the two sides differ by more than the tolerance (a fraction, such as 0.05). */
    public boolean beyond(BigDecimal tolerance) {
        return difference().compareTo(tolerance) > 0;
    }
}
