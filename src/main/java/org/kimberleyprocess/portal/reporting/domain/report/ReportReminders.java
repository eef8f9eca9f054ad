package org.kimberleyprocess.portal.reporting.domain.report;

/** The reminders sent. */
public interface ReportReminders {

    boolean sent(String participantIso, int year, String key);

    /** Records a reminder now; a second record of the same reminder fails on the database's unique key. */
    void record(ReportReminder reminder);
}
