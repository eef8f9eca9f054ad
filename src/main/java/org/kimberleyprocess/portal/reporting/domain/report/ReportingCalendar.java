package org.kimberleyprocess.portal.reporting.domain.report;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The annual report's calendar: the report on year Y opens on 1 January of Y+1 and is due on 31 March of Y+1;
 * after that day it is overdue.
 */
public final class ReportingCalendar {

    public static final MonthDay DUE = MonthDay.of(3, 31);

    private ReportingCalendar() {
    }

    public static LocalDate opensOn(int year) {
        return LocalDate.of(year + 1, 1, 1);
    }

    public static LocalDate dueOn(int year) {
        return DUE.atYear(year + 1);
    }

    /** Whether the report on a year can be filed on a day (from its opening on; never before). */
    public static boolean isOpen(int year, LocalDate today) {
        return !today.isBefore(opensOn(year));
    }

    /** Whether a report that is not submitted is overdue on a day. */
    public static boolean isOverdue(int year, LocalDate today) {
        return today.isAfter(dueOn(year));
    }

    /** The latest year whose report is open on a day. */
    public static int latestOpenYear(LocalDate today) {
        return today.getYear() - 1;
    }
}
