package org.kimberleyprocess.portal.platform.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * The events {@link AbuseLimits} counts, in the database that every server shares. Each call is its own
 * transaction: a failed login is counted even though the request that made it fails.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JpaLimitEvents {

    @PersistenceContext
    private EntityManager em;

    /** How many events of the key happened after {@code since}, and the earliest of them. */
    public Counted since(String key, Instant since) {
        Object[] row = em.createQuery("select count(e), min(e.happenedAt) from LimitEvent e"
                + " where e.key = :k and e.happenedAt > :since", Object[].class)
                .setParameter("k", clip(key)).setParameter("since", since).getSingleResult();
        return new Counted(((Number) row[0]).longValue(), Optional.ofNullable((Instant) row[1]));
    }

    /** Counts an event, and forgets every event (of any key) that happened before {@code forgetBefore}. */
    public void record(String key, Instant at, Instant forgetBefore) {
        em.createQuery("delete from LimitEvent e where e.happenedAt < :t").setParameter("t", forgetBefore)
                .executeUpdate();
        em.persist(new LimitEvent(key, at));
    }

    private static String clip(String key) {
        return key.length() > LimitEvent.KEY_LENGTH ? key.substring(0, LimitEvent.KEY_LENGTH) : key;
    }

    /** A count of events and the earliest of them. */
    public record Counted(long count, Optional<Instant> earliest) {
    }
}
