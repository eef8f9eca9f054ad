package org.kimberleyprocess.portal.statistics.application;

/** The years the demonstration figures cover (demo mode only), which the figures pages mark as made up. */
public final class DemonstrationYears {

    public static final int FIRST = 2004;
    public static final int LAST = 2006;

    private DemonstrationYears() {
    }

    /** Whether a year's figures are the demonstration's (no year: the years' overview, which shows them). */
    public static boolean covers(Integer year) {
        return year == null || (year >= FIRST && year <= LAST);
    }
}
