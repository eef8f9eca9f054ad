package org.kimberleyprocess.portal.plenary.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.plenary.domain.Meeting;
import org.kimberleyprocess.portal.plenary.domain.Meetings;

/** {@link Meetings} in the database (in the caller's transaction). */
@ApplicationScoped
public class JpaMeetings implements Meetings {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Meeting> all() {
        return em.createQuery("select m from Meeting m order by m.startsOn desc", Meeting.class).getResultList();
    }

    @Override
    public Optional<Meeting> byId(long id) {
        return Optional.ofNullable(em.find(Meeting.class, id));
    }

    @Override
    public void add(Meeting meeting) {
        em.persist(meeting);
    }
}
