package org.kimberleyprocess.portal.platform.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;

/** Writes each {@link Audited} event to the audit log, naming the caller (or "system"). */
@Stateless
public class AuditWriter {

    public static final String SYSTEM = "system";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    public void record(@Observes Audited event) {
        em.persist(new AuditEvent(clock.instant(), actor(), event.action(), event.entityType(),
                event.entityKey(), event.details()));
    }

    private String actor() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "UNAUTHENTICATED".equals(name) ? SYSTEM : name;
    }
}
