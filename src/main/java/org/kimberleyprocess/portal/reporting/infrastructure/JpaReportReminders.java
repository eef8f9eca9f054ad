package org.kimberleyprocess.portal.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kimberleyprocess.portal.reporting.domain.report.ReportReminder;
import org.kimberleyprocess.portal.reporting.domain.report.ReportReminders;

/** The reminders sent, in the database. */
@ApplicationScoped
public class JpaReportReminders implements ReportReminders {

    @PersistenceContext
    private EntityManager em;

    @Override
    public boolean sent(String participantIso, int year, String key) {
        return em.createQuery("select count(r) from ReportReminder r where r.participantIso = :iso and r.year = :y"
                        + " and r.key = :k", Long.class).setParameter("iso", participantIso).setParameter("y", year)
                .setParameter("k", key).getSingleResult() > 0;
    }

    @Override
    public void record(ReportReminder reminder) {
        em.persist(reminder);
        em.flush();
    }
}
