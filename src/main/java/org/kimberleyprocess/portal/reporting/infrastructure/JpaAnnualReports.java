package org.kimberleyprocess.portal.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.reporting.domain.report.AnnualReport;
import org.kimberleyprocess.portal.reporting.domain.report.AnnualReports;

/** The annual reports in the database. */
@ApplicationScoped
public class JpaAnnualReports implements AnnualReports {

    private static final String ONE = "select r from AnnualReport r where r.participantIso = :iso and r.year = :y";

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(AnnualReport report) {
        em.persist(report);
    }

    @Override
    public Optional<AnnualReport> of(String participantIso, int year) {
        return em.createQuery(ONE, AnnualReport.class).setParameter("iso", participantIso).setParameter("y", year)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<AnnualReport> ofForChange(String participantIso, int year) {
        return em.createQuery(ONE, AnnualReport.class).setParameter("iso", participantIso).setParameter("y", year)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<AnnualReport> of(String participantIso) {
        return em.createQuery("select r from AnnualReport r where r.participantIso = :iso order by r.year desc",
                AnnualReport.class).setParameter("iso", participantIso).getResultList();
    }

    @Override
    public List<AnnualReport> onYear(int year) {
        return em.createQuery("select r from AnnualReport r where r.year = :y", AnnualReport.class)
                .setParameter("y", year).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
