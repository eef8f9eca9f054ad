package org.kimberleyprocess.portal.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.registry.domain.Participant;
import org.kimberleyprocess.portal.registry.domain.Participants;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/** {@link Participants} in the database (in the caller's transaction). */
@ApplicationScoped
public class JpaParticipants implements Participants {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Participant> byIso(String isoCode) {
        return em.createQuery("select p from Participant p where p.isoCode = :iso", Participant.class)
                .setParameter("iso", isoCode).getResultStream().findFirst();
    }

    @Override
    public List<Participant> all() {
        return em.createQuery("select p from Participant p order by p.isoCode", Participant.class).getResultList();
    }

    @Override
    public long countWithStatus(ParticipationStatus status) {
        return em.createQuery("select count(p) from Participant p where p.status = :s", Long.class)
                .setParameter("s", status).getSingleResult();
    }

    @Override
    public boolean isEmpty() {
        return em.createQuery("select count(p) from Participant p", Long.class).getSingleResult() == 0;
    }

    @Override
    public void add(Participant participant) {
        em.persist(participant);
        // written at once: accounts refer to it by its business key, a reference the persistence provider cannot
        // order its inserts by
        em.flush();
    }
}
