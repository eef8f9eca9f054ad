package org.kimberleyprocess.portal.reporting.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Runs the reminders every hour (the reminders themselves decide what is due and send each once). Not persistent:
 * a missed run is made good by the next, which sends the latest reminder due.
 */
@Singleton
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

    @Inject
    private ReminderService reminders;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void remind() {
        try {
            int sent = reminders.sendDueOnSchedule();
            if (sent > 0) {
                LOG.info(() -> "Report reminders sent to " + sent + " Participants");
            }
        } catch (RuntimeException e) {
            // another server sent the same reminder at the same moment (its unique key refused ours), or the
            // database was away: the next run tries again
            LOG.warning(() -> "Report reminders not sent this time: " + e);
        }
    }
}
