package org.kimberleyprocess.portal.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.reporting.domain.report.SectionAssignment;
import org.kimberleyprocess.portal.reporting.domain.report.SectionAssignments;

/** {@link SectionAssignments} in the database (in the caller's transaction). */
@ApplicationScoped
public class JpaSectionAssignments implements SectionAssignments {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<SectionAssignment> of(String participantIso, int year) {
        return em.createQuery("select a from SectionAssignment a where a.participantIso = :iso and a.year = :y",
                SectionAssignment.class).setParameter("iso", participantIso).setParameter("y", year).getResultList();
    }

    @Override
    public Optional<SectionAssignment> of(String participantIso, int year, String section) {
        return em.createQuery("select a from SectionAssignment a where a.participantIso = :iso and a.year = :y"
                        + " and a.section = :s", SectionAssignment.class).setParameter("iso", participantIso)
                .setParameter("y", year).setParameter("s", section).getResultStream().findFirst();
    }

    @Override
    public void add(SectionAssignment assignment) {
        em.persist(assignment);
        em.flush();
    }

    @Override
    public void remove(SectionAssignment assignment) {
        em.remove(assignment);
    }
}
