package org.kimberleyprocess.portal.reporting.domain.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When the focal points of a Participant whose report is not submitted are reminded: 30 and 7 days before the due
 * date, then every week while the report is overdue. Each reminder has a key that is unique for its report, so that it
 * is sent once whatever runs the schedule, however often.
 */
public final class ReminderPlan {

    /** One reminder: its key, the day it falls due, how many days before (negative: after) the due date. */
    public record Reminder(String key, LocalDate day, long daysBeforeDue) {
    }

    private ReminderPlan() {
    }

    /** The latest reminder on the report on a year that has fallen due by a day, if any. */
    public static Optional<Reminder> latest(int year, LocalDate today) {
        LocalDate due = ReportingCalendar.dueOn(year);
        if (today.isBefore(due.minusDays(30))) {
            return Optional.empty();
        }
        if (today.isBefore(due.minusDays(7))) {
            return Optional.of(new Reminder("before-30", due.minusDays(30), 30));
        }
        if (!today.isAfter(due.plusDays(6))) {
            return Optional.of(new Reminder("before-7", due.minusDays(7), 7));
        }
        long weeks = ChronoUnit.DAYS.between(due, today) / 7;
        return Optional.of(new Reminder("overdue-" + weeks, due.plusWeeks(weeks), -7 * weeks));
    }
}
