package org.kimberleyprocess.portal.statistics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.statistics.domain.Discrepancies;
import org.kimberleyprocess.portal.statistics.domain.Discrepancy;

/** The mirror discrepancies in the database. */
@ApplicationScoped
public class JpaDiscrepancies implements Discrepancies {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(Discrepancy discrepancy) {
        em.persist(discrepancy);
    }

    @Override
    public Optional<Discrepancy> byId(long id) {
        return Optional.ofNullable(em.find(Discrepancy.class, id));
    }

    @Override
    public List<Discrepancy> of(int year, String quarter) {
        String order = " order by d.periodCode, d.exporterIso, d.importerIso, d.hsCode";
        if (quarter == null) {
            return em.createQuery("select d from Discrepancy d where d.year = :y" + order, Discrepancy.class)
                    .setParameter("y", year).getResultList();
        }
        return em.createQuery("select d from Discrepancy d where d.year = :y and d.periodCode = :q" + order,
                Discrepancy.class).setParameter("y", year).setParameter("q", quarter).getResultList();
    }
}
