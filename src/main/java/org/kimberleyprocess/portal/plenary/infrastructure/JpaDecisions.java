package org.kimberleyprocess.portal.plenary.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.plenary.domain.Decision;
import org.kimberleyprocess.portal.plenary.domain.DecisionStatus;
import org.kimberleyprocess.portal.plenary.domain.Decisions;
import org.kimberleyprocess.portal.plenary.domain.Meeting;

/** {@link Decisions} in the database (in the caller's transaction). */
@ApplicationScoped
public class JpaDecisions implements Decisions {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Decision> all() {
        return em.createQuery("select d from Decision d order by d.createdAt desc, d.reference desc", Decision.class)
                .getResultList();
    }

    @Override
    public List<Decision> adopted(Integer year) {
        if (year == null) {
            return em.createQuery("select d from Decision d where d.status = :s order by d.adoptedOn desc, d.reference",
                    Decision.class).setParameter("s", DecisionStatus.ADOPTED).getResultList();
        }
        return em.createQuery("select d from Decision d where d.status = :s and d.adoptedOn between :from and :to"
                        + " order by d.adoptedOn desc, d.reference", Decision.class)
                .setParameter("s", DecisionStatus.ADOPTED)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31)).getResultList();
    }

    @Override
    public List<Decision> ofMeeting(Meeting meeting) {
        return em.createQuery("select d from Decision d where d.meeting = :m order by d.reference", Decision.class)
                .setParameter("m", meeting).getResultList();
    }

    @Override
    public Optional<Decision> byId(long id) {
        return Optional.ofNullable(em.find(Decision.class, id));
    }

    @Override
    public Optional<Decision> byReference(String reference) {
        return em.createQuery("select d from Decision d where d.reference = :r", Decision.class)
                .setParameter("r", reference).getResultStream().findFirst();
    }

    @Override
    public void add(Decision decision) {
        em.persist(decision);
    }
}
