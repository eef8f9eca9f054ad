package org.kimberleyprocess.portal.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kimberleyprocess.portal.platform.config.ClusterLocks;
import org.kimberleyprocess.portal.platform.config.PortalConfig;

/** The lock across the servers ({@link ClusterLocks}): PostgreSQL's advisory lock (a cluster runs on PostgreSQL). */
@ApplicationScoped
public class DatabaseClusterLocks implements ClusterLocks {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalConfig config;

    /** PostgreSQL's advisory lock, held until the transaction ends. */
    @Override
    public void holdUntilCommit(long lock) {
        if (config.isCluster()) {
            em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) held")
                    .setParameter(1, lock).getSingleResult();
        }
    }
}
