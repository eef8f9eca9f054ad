package org.kimberleyprocess.portal.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.review.domain.Expert;
import org.kimberleyprocess.portal.review.domain.Experts;

/** {@link Experts} in the database (in the caller's transaction). */
@ApplicationScoped
public class JpaExperts implements Experts {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Expert> all() {
        return em.createQuery("select e from Expert e order by e.name", Expert.class).getResultList();
    }

    @Override
    public Optional<Expert> byId(long id) {
        return Optional.ofNullable(em.find(Expert.class, id));
    }

    @Override
    public void add(Expert expert) {
        em.persist(expert);
    }
}
