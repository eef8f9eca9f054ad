package org.kimberleyprocess.portal.accounts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.kimberleyprocess.portal.accounts.domain.UnknownLogin;
import org.kimberleyprocess.portal.accounts.domain.UnknownLogins;

/**
 * The failed logins on usernames without an account ({@link UnknownLogins}). Kept in the database (in the caller's transaction), so that every server of the portal answers alike too; a name
 * without a failure for {@link #FORGET_AFTER} is forgotten.
 */
@ApplicationScoped
public class JpaUnknownLogins implements UnknownLogins {

    static final Duration FORGET_AFTER = Duration.ofDays(30);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private JpaLimitEvents rows;

    @Override
    public Optional<Instant> fail(String username, Instant now) {
        em.createQuery("delete from UnknownLogin u where u.lastFailedAt < :t")
                .setParameter("t", now.minus(FORGET_AFTER)).executeUpdate();
        String name = clip(username);
        rows.ensureUnknownLogin(name, now);
        // counted under a lock: failures at the same moment on several servers each count
        UnknownLogin login = em.find(UnknownLogin.class, name, LockModeType.PESSIMISTIC_WRITE);
        return login.fail(now);
    }

    @Override
    public Optional<Instant> lockedUntil(String username, Instant now) {
        return Optional.ofNullable(em.find(UnknownLogin.class, clip(username))).flatMap(u -> u.lockedUntil(now));
    }

    private static String clip(String username) {
        return username.length() > UnknownLogin.USERNAME_LENGTH
                ? username.substring(0, UnknownLogin.USERNAME_LENGTH) : username;
    }
}
