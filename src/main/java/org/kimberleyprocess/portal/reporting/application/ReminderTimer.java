package org.kimberleyprocess.portal.reporting.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.kimberleyprocess.portal.platform.config.PortalConfig;
import org.kimberleyprocess.portal.platform.config.ClusterLocks;

/**
 * Runs the reminders every hour at seven minutes past (the reminders themselves decide what is due and send each
 * once). One server alone keeps the timer in memory: a missed run is made good by the next, which sends the latest
 * reminder due. Several servers ({@code kpcs.cluster=on}) share one persistent timer in the database, which one
 * server at a time runs and another takes over when that one stops answering: the reminders run once across the
 * servers. The first server to start creates it; the others find it there (under a lock: two servers starting at
 * once do not both create it). After the migrations: the persistent
 * timers' own tables (made by the server) must not be the first in an empty database.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());
    static final String NAME = "kpcs-report-reminders";

    @Inject
    private ReminderService reminders;

    @Resource
    private TimerService timers;

    @Inject
    private PortalConfig config;

    @Inject
    private ClusterLocks locks;

    /** The lock under which a server looks for the shared timer and creates it when it is missing. */
    static final long TIMER_LOCK = 7_420_011L;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void schedule() {
        boolean shared = config.isCluster();
        locks.holdUntilCommit(TIMER_LOCK);
        if (shared && timers.getTimers().stream().anyMatch(t -> NAME.equals(t.getInfo()))) {
            return;
        }
        timers.createCalendarTimer(new ScheduleExpression().hour("*").minute(7), new TimerConfig(NAME, shared));
    }

    @Timeout
    void remind() {
        try {
            int sent = reminders.sendDueOnSchedule();
            if (sent > 0) {
                LOG.info(() -> "Report reminders sent to " + sent + " Participants");
            }
        } catch (RuntimeException e) {
            // the database was away, or another run sent the same reminder at the same moment (its unique key
            // refused ours): the next run tries again
            LOG.warning(() -> "Report reminders not sent this time: " + e);
        }
    }
}
