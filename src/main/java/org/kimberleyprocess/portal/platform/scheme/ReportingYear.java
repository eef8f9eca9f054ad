package org.kimberleyprocess.portal.platform.scheme;

/**
 * A year the Scheme's reports and statistics may cover: from 2003, when the Scheme took effect (1 January). The
 * first year and its check live here, for the annual report, the statistics and peer review alike.
 */
public record ReportingYear(int value) {

    /** The first year the Scheme covers. */
    public static final int FIRST = 2003;

    public ReportingYear {
        if (!covers(value)) {
            throw new IllegalArgumentException("The Scheme covers years from " + FIRST + ": " + value);
        }
    }

    /** Whether the Scheme covers the year (it is not before 2003). */
    public static boolean covers(int year) {
        return year >= FIRST;
    }

    /** Whether the year is covered and not after {@code last}. */
    public static boolean between(int year, int last) {
        return covers(year) && year <= last;
    }
}
