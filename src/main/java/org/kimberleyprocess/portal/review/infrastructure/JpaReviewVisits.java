package org.kimberleyprocess.portal.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.review.domain.ReviewVisit;
import org.kimberleyprocess.portal.review.domain.ReviewVisits;

/** {@link ReviewVisits} in the database (in the caller's transaction). */
@ApplicationScoped
public class JpaReviewVisits implements ReviewVisits {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<ReviewVisit> all() {
        return em.createQuery("select v from ReviewVisit v order by v.year desc, v.hostIso", ReviewVisit.class)
                .getResultList();
    }

    @Override
    public Optional<ReviewVisit> byId(long id) {
        return Optional.ofNullable(em.find(ReviewVisit.class, id));
    }

    @Override
    public Optional<ReviewVisit> of(String hostIso, int year) {
        return em.createQuery("select v from ReviewVisit v where v.hostIso = :h and v.year = :y", ReviewVisit.class)
                .setParameter("h", hostIso).setParameter("y", year).getResultStream().findFirst();
    }

    @Override
    public void add(ReviewVisit visit) {
        em.persist(visit);
    }
}
