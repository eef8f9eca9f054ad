package org.kimberleyprocess.portal.statistics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.statistics.domain.Flow;
import org.kimberleyprocess.portal.statistics.domain.StatisticsPeriod;
import org.kimberleyprocess.portal.statistics.domain.StatisticsReturn;
import org.kimberleyprocess.portal.statistics.domain.StatisticsReturns;

/** The statistics returns in the database. */
@ApplicationScoped
public class JpaStatisticsReturns implements StatisticsReturns {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(StatisticsReturn statisticsReturn) {
        em.persist(statisticsReturn);
    }

    @Override
    public Optional<StatisticsReturn> forChange(String participantIso, Flow flow, StatisticsPeriod period) {
        return em.createQuery("select r from StatisticsReturn r where r.participantIso = :iso and r.flow = :flow"
                        + " and r.year = :y and r.periodCode = :p", StatisticsReturn.class)
                .setParameter("iso", participantIso).setParameter("flow", flow).setParameter("y", period.year())
                .setParameter("p", period.code()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .findFirst();
    }

    @Override
    public List<StatisticsReturn> forChange(Collection<String> participantIsos, Collection<Integer> years) {
        if (participantIsos.isEmpty() || years.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from StatisticsReturn r where r.participantIso in :isos and r.year in :ys",
                        StatisticsReturn.class).setParameter("isos", participantIsos).setParameter("ys", years)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public List<StatisticsReturn> of(String participantIso, int year) {
        return em.createQuery("select r from StatisticsReturn r where r.participantIso = :iso and r.year = :y"
                        + " order by r.flow, r.periodCode", StatisticsReturn.class)
                .setParameter("iso", participantIso).setParameter("y", year).getResultList();
    }

    @Override
    public List<StatisticsReturn> onYear(int year) {
        return em.createQuery("select r from StatisticsReturn r where r.year = :y"
                + " order by r.participantIso, r.flow, r.periodCode", StatisticsReturn.class)
                .setParameter("y", year).getResultList();
    }

    @Override
    public List<Integer> years() {
        return em.createQuery("select distinct r.year from StatisticsReturn r order by r.year desc", Integer.class)
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
