package org.kimberleyprocess.portal.platform.config;

/**
 * A lock across the servers of the portal ({@code KPCS_CLUSTER=on}), held until the caller's transaction ends: what
 * two servers starting at once would both do (create the one reminders' timer) is done by one, and the other then
 * sees it. A server alone needs no lock.
 */
public interface ClusterLocks {

    /** Waits for, then holds until the transaction ends, the lock of that number. */
    void holdUntilCommit(long lock);
}
