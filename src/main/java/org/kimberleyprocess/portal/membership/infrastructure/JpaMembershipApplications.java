package org.kimberleyprocess.portal.membership.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kimberleyprocess.portal.membership.domain.ApplicationStatus;
import org.kimberleyprocess.portal.membership.domain.MembershipApplication;
import org.kimberleyprocess.portal.membership.domain.MembershipApplications;
import org.kimberleyprocess.portal.membership.domain.ReferenceCounter;
import org.kimberleyprocess.portal.registry.domain.Participant;

/** {@link MembershipApplications} in the database (in the caller's transaction). */
@ApplicationScoped
public class JpaMembershipApplications implements MembershipApplications {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<MembershipApplication> byReference(String reference) {
        return em.createQuery("select a from MembershipApplication a where a.reference = :r",
                MembershipApplication.class).setParameter("r", reference).getResultStream().findFirst();
    }

    @Override
    public List<MembershipApplication> of(Participant state) {
        return em.createQuery("select a from MembershipApplication a where a.state = :s order by a.createdAt desc",
                MembershipApplication.class).setParameter("s", state).getResultList();
    }

    @Override
    public List<MembershipApplication> inProcedure() {
        return em.createQuery("select a from MembershipApplication a where a.status not in :closed"
                        + " order by a.submittedAt asc, a.reference asc", MembershipApplication.class)
                .setParameter("closed", List.of(ApplicationStatus.DRAFT, ApplicationStatus.ADMITTED,
                        ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN))
                .getResultList();
    }

    @Override
    public Map<String, ApplicationStatus> latestStatuses() {
        Map<String, ApplicationStatus> latest = new HashMap<>();
        for (Object[] row : em.createQuery("select a.state.isoCode, a.status from MembershipApplication a"
                + " order by a.createdAt asc", Object[].class).getResultList()) {
            latest.put((String) row[0], (ApplicationStatus) row[1]);
        }
        return latest;
    }

    @Override
    public String nextReference(int year) {
        return em.find(ReferenceCounter.class, ReferenceCounter.APPLICATIONS, LockModeType.PESSIMISTIC_WRITE)
                .next(year);
    }

    @Override
    public void lockForChange(MembershipApplication application) {
        em.lock(application, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public void add(MembershipApplication application) {
        em.persist(application);
    }
}
