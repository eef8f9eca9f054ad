package org.kimberleyprocess.portal.reporting.application;

import java.time.LocalDate;
import java.util.List;
import org.kimberleyprocess.portal.platform.i18n.Language;

/** A reminder to a Participant's focal points that its report on a year is due (or overdue). */
public record ReportReminderDue(String isoCode, int year, LocalDate dueOn, long daysBeforeDue,
                                List<Recipient> recipients) {

    /** A focal point to write to, in its language. */
    public record Recipient(String email, String name, Language language) {
    }
}
