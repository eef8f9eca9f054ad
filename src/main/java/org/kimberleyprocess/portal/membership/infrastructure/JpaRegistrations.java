package org.kimberleyprocess.portal.membership.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.membership.domain.Registration;
import org.kimberleyprocess.portal.membership.domain.RegistrationStatus;
import org.kimberleyprocess.portal.membership.domain.Registrations;
import org.kimberleyprocess.portal.platform.security.SecretToken;

/** {@link Registrations} in the database (in the caller's transaction). */
@ApplicationScoped
public class JpaRegistrations implements Registrations {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Registration> byId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Registration.class, id));
    }

    @Override
    public Optional<Registration> byToken(String token) {
        return em.createQuery("select r from Registration r where r.token = :t", Registration.class)
                .setParameter("t", SecretToken.hash(token)).getResultStream().findFirst();
    }

    @Override
    public List<Registration> awaitingConfirmation() {
        return em.createQuery("select r from Registration r where r.status = :s order by r.verifiedAt",
                Registration.class).setParameter("s", RegistrationStatus.AWAITING_CONFIRMATION).getResultList();
    }

    @Override
    public void add(Registration registration) {
        em.persist(registration);
    }
}
