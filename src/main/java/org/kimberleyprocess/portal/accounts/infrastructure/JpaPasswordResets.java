package org.kimberleyprocess.portal.accounts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.kimberleyprocess.portal.accounts.domain.PasswordReset;
import org.kimberleyprocess.portal.accounts.domain.PasswordResets;
import org.kimberleyprocess.portal.platform.security.SecretToken;

/** {@link PasswordResets} in the database (in the caller's transaction); only token hashes are stored. */
@ApplicationScoped
public class JpaPasswordResets implements PasswordResets {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<PasswordReset> byToken(String token) {
        return em.createQuery("select r from PasswordReset r where r.tokenHash = :h", PasswordReset.class)
                .setParameter("h", SecretToken.hash(token)).getResultStream().findFirst();
    }

    @Override
    public void add(PasswordReset reset) {
        em.persist(reset);
    }
}
