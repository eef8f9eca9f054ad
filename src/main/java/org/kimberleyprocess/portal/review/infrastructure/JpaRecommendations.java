package org.kimberleyprocess.portal.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.review.domain.Recommendation;
import org.kimberleyprocess.portal.review.domain.RecommendationStatus;
import org.kimberleyprocess.portal.review.domain.Recommendations;

/** {@link Recommendations} in the database (in the caller's transaction). */
@ApplicationScoped
public class JpaRecommendations implements Recommendations {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Recommendation> byId(long id) {
        return Optional.ofNullable(em.find(Recommendation.class, id));
    }

    @Override
    public List<Recommendation> openFor(String isoCode) {
        return em.createQuery("select r from Recommendation r left join r.visit v left join r.mission m"
                        + " where r.status <> :done and (v.hostIso = :iso or m.subjectIso = :iso) order by r.dueOn",
                        Recommendation.class)
                .setParameter("done", RecommendationStatus.DONE).setParameter("iso", isoCode).getResultList();
    }
}
