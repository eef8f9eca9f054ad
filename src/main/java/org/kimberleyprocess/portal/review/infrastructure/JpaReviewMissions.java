package org.kimberleyprocess.portal.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.review.domain.ReviewMission;
import org.kimberleyprocess.portal.review.domain.ReviewMissions;

/** {@link ReviewMissions} in the database (in the caller's transaction). */
@ApplicationScoped
public class JpaReviewMissions implements ReviewMissions {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<ReviewMission> all() {
        return em.createQuery("select m from ReviewMission m order by m.openedOn desc", ReviewMission.class)
                .getResultList();
    }

    @Override
    public Optional<ReviewMission> byId(long id) {
        return Optional.ofNullable(em.find(ReviewMission.class, id));
    }

    @Override
    public void add(ReviewMission mission) {
        em.persist(mission);
    }
}
