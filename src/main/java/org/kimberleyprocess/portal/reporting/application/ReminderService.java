package org.kimberleyprocess.portal.reporting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.kimberleyprocess.portal.accounts.domain.UserAccounts;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.i18n.Language;
import org.kimberleyprocess.portal.platform.security.Role;
import org.kimberleyprocess.portal.registry.domain.Participants;
import org.kimberleyprocess.portal.reporting.domain.report.AnnualReport;
import org.kimberleyprocess.portal.reporting.domain.report.AnnualReports;
import org.kimberleyprocess.portal.reporting.domain.report.ReminderPlan;
import org.kimberleyprocess.portal.reporting.domain.report.ReportReminder;
import org.kimberleyprocess.portal.reporting.domain.report.ReportReminders;
import org.kimberleyprocess.portal.reporting.domain.report.ReportingCalendar;
import org.kimberleyprocess.portal.reporting.domain.report.ReportingDuty;
import org.kimberleyprocess.portal.reporting.domain.report.ReportingSettingsStore;

/**
 * Reminds the focal points of every Participant whose report on last year is not submitted: 30 and 7 days before
 * 31 March, then weekly while overdue (mail in each focal point's language). Each reminder is recorded under its
 * unique key in the same transaction as its mail, so it goes out once, however often this runs and on however many
 * servers. Run by {@link ReminderTimer}; the Secretariat may run it at once.
 */
@Stateless
public class ReminderService {

    @Inject
    private Participants participants;

    @Inject
    private AnnualReports reports;

    @Inject
    private ReportReminders reminders;

    @Inject
    private UserAccounts accounts;

    @Inject
    private Clock clock;

    @Inject
    private ReportingSettingsStore settings;

    @Inject
    private Event<ReportReminderDue> due;

    @Inject
    private Event<Audited> audit;

    /** Sends the reminders due today that were not sent; returns how many Participants were reminded. */
    @RolesAllowed(Role.SECRETARIAT_NAME)
    public int sendDue() {
        return send();
    }

    /** The same, for the timer (which runs without a caller); no page or API reaches it. */
    @PermitAll
    public int sendDueOnSchedule() {
        return send();
    }

    private int send() {
        LocalDate today = LocalDate.now(clock);
        int year = ReportingCalendar.latestOpenYear(today);
        var reminder = ReminderPlan.latest(year, today);
        if (reminder.isEmpty()) {
            return 0;
        }
        String key = reminder.get().key();
        int firstYear = settings.current().getFirstYear();
        int sent = 0;
        for (var p : participants.all()) {
            String iso = p.getIsoCode();
            boolean submitted = reports.of(iso, year).map(AnnualReport::lastRevision).flatMap(r -> r).isPresent();
            if (!ReportingDuty.owes(p, year, firstYear) || submitted || reminders.sent(iso, year, key)) {
                continue;
            }
            List<ReportReminderDue.Recipient> to = accounts.actingFor(iso).stream()
                    .filter(a -> a.isEnabled() && a.getEmail() != null)
                    .filter(a -> a.getRoles().contains(Role.FOCAL_POINT))
                    .map(a -> new ReportReminderDue.Recipient(a.getEmail(), a.getDisplayName(),
                            a.getLanguage().orElse(Language.DEFAULT))).toList();
            reminders.record(new ReportReminder(iso, year, key, clock.instant()));
            due.fire(new ReportReminderDue(iso, year, ReportingCalendar.dueOn(year),
                    reminder.get().daysBeforeDue(), to));
            sent++;
        }
        if (sent > 0) {
            audit.fire(new Audited("REPORT_REMINDERS_SENT", "AnnualReport", String.valueOf(year),
                    key + ": " + sent));
        }
        return sent;
    }
}
