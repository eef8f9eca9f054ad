package org.kimberleyprocess.portal.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.kimberleyprocess.portal.platform.audit.AuditEvent;
import org.kimberleyprocess.portal.platform.audit.AuditEvents;

/** The audit log in the database, paged and filtered there. */
@ApplicationScoped
public class JpaAuditEvents implements AuditEvents {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<AuditEvent> page(String filter, int first, int size) {
        TypedQuery<AuditEvent> query = em.createQuery(
                "select e from AuditEvent e where " + where(filter) + " order by e.occurredAt desc, e.id desc",
                AuditEvent.class);
        bind(query, filter);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count(String filter) {
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEvent e where " + where(filter),
                Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private static String where(String filter) {
        return filter == null || filter.isBlank() ? "1 = 1"
                : "(lower(e.actor) like :f or lower(e.action) like :f or lower(e.entityType) like :f"
                  + " or lower(e.entityKey) like :f)";
    }

    private static void bind(TypedQuery<?> query, String filter) {
        if (filter != null && !filter.isBlank()) {
            query.setParameter("f", "%" + filter.strip().toLowerCase(Locale.ROOT) + "%");
        }
    }
}
