package org.kimberleyprocess.portal.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A lock across the servers of the portal ({@code KPCS_CLUSTER=on}, always on PostgreSQL), held until the caller's
 * transaction ends: what two servers starting at once would both do (create the one reminders' timer) is done by
 * one, and the other then sees it. A server alone needs no lock.
 */
@ApplicationScoped
public class ClusterLocks {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalConfig config;

    /** Waits for, then holds until the transaction ends, the lock of that number (PostgreSQL's advisory lock). */
    public void holdUntilCommit(long lock) {
        if (config.isCluster()) {
            em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) held")
                    .setParameter(1, lock).getSingleResult();
        }
    }
}
