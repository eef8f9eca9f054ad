package org.kimberleyprocess.portal.platform.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.kimberleyprocess.portal.platform.audit.AuditEvent;
import org.kimberleyprocess.portal.platform.audit.Audited;
import org.kimberleyprocess.portal.platform.security.Caller;

/** Writes each {@link Audited} event to the audit log, naming the caller (or "system"). */
@Stateless
public class AuditWriter {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    public void record(@Observes Audited event) {
        em.persist(new AuditEvent(clock.instant(), caller.actor(), event.action(), event.entityType(),
                event.entityKey(), event.details()));
    }
}
