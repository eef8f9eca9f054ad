package org.kimberleyprocess.portal.accounts.infrastructure;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Optional;
import org.kimberleyprocess.portal.accounts.domain.LimitEvent;
import org.kimberleyprocess.portal.accounts.domain.LimitEvents;
import org.kimberleyprocess.portal.accounts.domain.UnknownLogin;

/**
 * The events the abuse limits count, in the database that every server shares. Each call is its own transaction:
 * a failed login is counted even though the request that made it fails.
 */
@Stateless
@LocalBean
@Local(LimitEvents.class)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JpaLimitEvents implements LimitEvents {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Counted since(String key, Instant since) {
        long count = em.createQuery("select count(e) from LimitEvent e where e.key = :k and e.happenedAt > :since",
                Long.class).setParameter("k", clip(key)).setParameter("since", since).getSingleResult();
        // the earliest as an entity's attribute (an aggregate of a converted column comes back unconverted)
        Optional<Instant> earliest = count == 0 ? Optional.empty()
                : em.createQuery("select e from LimitEvent e where e.key = :k and e.happenedAt > :since"
                        + " order by e.happenedAt", LimitEvent.class).setParameter("k", clip(key))
                        .setParameter("since", since).setMaxResults(1).getResultStream().findFirst()
                        .map(LimitEvent::happenedAt);
        return new Counted(count, earliest);
    }

    @Override
    public void record(String key, Instant at, Instant forgetBefore) {
        em.createQuery("delete from LimitEvent e where e.happenedAt < :t").setParameter("t", forgetBefore)
                .executeUpdate();
        em.persist(new LimitEvent(key, at));
    }

    /**
     * Makes the row of failures of a username without an account, unless it exists. Its own transaction: when two
     * servers (or two requests) make it at once, the second's insert fails here alone, and both then count on the
     * one row (under a lock, {@link JpaUnknownLogins}).
     */
    public void ensureUnknownLogin(String username, Instant now) {
        if (em.find(UnknownLogin.class, username) == null) {
            try {
                em.persist(new UnknownLogin(username, now));
                em.flush();
            } catch (PersistenceException madeMeanwhile) {
                // the other request made it: this transaction rolls back, the row is there
            }
        }
    }

    private static String clip(String key) {
        return key.length() > LimitEvent.KEY_LENGTH ? key.substring(0, LimitEvent.KEY_LENGTH) : key;
    }
}
