package org.kimberleyprocess.portal.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.kimberleyprocess.portal.platform.config.PortalConfig;
import org.kimberleyprocess.portal.platform.i18n.Messages;
import org.kimberleyprocess.portal.platform.mail.Outbox;
import org.kimberleyprocess.portal.reporting.application.ReportReminderDue;

/** Writes a report reminder to each focal point, in its language, into the outbox (in the reminder's transaction). */
@ApplicationScoped
public class ReminderNotifier {

    @Inject
    Outbox outbox;

    @Inject
    PortalConfig config;

    void onDue(@Observes ReportReminderDue event) {
        String link = config.getPublicUrl() + "/reporting/report.xhtml?year=" + event.year();
        for (ReportReminderDue.Recipient r : event.recipients()) {
            String due = event.dueOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(r.language().locale()));
            String kind = event.daysBeforeDue() > 0 ? "before" : "overdue";
            outbox.queue(r.email(), Messages.text(r.language(), "mail.reminder." + kind + ".subject", event.year()),
                    Messages.text(r.language(), "mail.reminder." + kind + ".body", r.name(), event.year(), due,
                            link, Math.abs(event.daysBeforeDue())));
        }
    }
}
