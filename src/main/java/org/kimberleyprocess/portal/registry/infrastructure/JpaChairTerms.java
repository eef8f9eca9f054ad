package org.kimberleyprocess.portal.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.kimberleyprocess.portal.registry.domain.ChairOffice;
import org.kimberleyprocess.portal.registry.domain.ChairTerm;
import org.kimberleyprocess.portal.registry.domain.ChairTerms;

/** {@link ChairTerms} in the database (in the caller's transaction). */
@ApplicationScoped
public class JpaChairTerms implements ChairTerms {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<ChairTerm> all() {
        return em.createQuery("select t from ChairTerm t order by t.year desc, t.office asc", ChairTerm.class)
                .getResultList();
    }

    @Override
    public boolean taken(int year, ChairOffice office) {
        return em.createQuery("select count(t) from ChairTerm t where t.year = :y and t.office = :o", Long.class)
                .setParameter("y", year).setParameter("o", office).getSingleResult() > 0;
    }

    @Override
    public void add(ChairTerm term) {
        em.persist(term);
    }
}
