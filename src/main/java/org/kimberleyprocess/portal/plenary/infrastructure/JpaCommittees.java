package org.kimberleyprocess.portal.plenary.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.plenary.domain.Committee;
import org.kimberleyprocess.portal.plenary.domain.CommitteeCode;
import org.kimberleyprocess.portal.plenary.domain.Committees;

/** {@link Committees} in the database (in the caller's transaction). */
@ApplicationScoped
public class JpaCommittees implements Committees {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Committee> all() {
        return em.createQuery("select c from Committee c", Committee.class).getResultStream()
                .sorted(java.util.Comparator.comparing(Committee::getCode)).toList();
    }

    @Override
    public Optional<Committee> byCode(CommitteeCode code) {
        return em.createQuery("select c from Committee c where c.code = :c", Committee.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Committee committee) {
        em.persist(committee);
    }
}
