package org.kimberleyprocess.portal.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.registry.domain.Observer;
import org.kimberleyprocess.portal.registry.domain.Observers;

/** {@link Observers} in the database (in the caller's transaction). */
@ApplicationScoped
public class JpaObservers implements Observers {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Observer> byName(String name) {
        return em.createQuery("select o from Observer o where o.name = :n", Observer.class)
                .setParameter("n", name).getResultStream().findFirst();
    }

    @Override
    public boolean nameTaken(String name) {
        return em.createQuery("select count(o) from Observer o where lower(o.name) = :n", Long.class)
                .setParameter("n", name.strip().toLowerCase(java.util.Locale.ROOT)).getSingleResult() > 0;
    }

    @Override
    public List<Observer> all() {
        return em.createQuery("select o from Observer o order by o.name", Observer.class).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(o) from Observer o", Long.class).getSingleResult();
    }

    @Override
    public void add(Observer observer) {
        em.persist(observer);
        // written at once: accounts refer to it by its business key, a reference the persistence provider cannot
        // order its inserts by
        em.flush();
    }
}
