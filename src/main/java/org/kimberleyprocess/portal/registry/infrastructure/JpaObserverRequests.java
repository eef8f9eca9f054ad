package org.kimberleyprocess.portal.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.registry.domain.ObserverRequest;
import org.kimberleyprocess.portal.registry.domain.ObserverRequests;

/** {@link ObserverRequests} in the database (in the caller's transaction). */
@ApplicationScoped
public class JpaObserverRequests implements ObserverRequests {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<ObserverRequest> byId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(ObserverRequest.class, id));
    }

    @Override
    public List<ObserverRequest> pending() {
        return em.createQuery("select r from ObserverRequest r where r.status = :s order by r.createdAt",
                ObserverRequest.class).setParameter("s", ObserverRequest.Status.PENDING).getResultList();
    }

    @Override
    public void add(ObserverRequest request) {
        em.persist(request);
    }
}
