package org.kimberleyprocess.portal.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.kimberleyprocess.portal.platform.security.Role;

/** Reading the audit log: the Secretariat's, newest first, paged and filtered in the database. */
@Stateless
@RolesAllowed(Role.SECRETARIAT_NAME)
public class AuditLog {

    @PersistenceContext
    private EntityManager em;

    public List<AuditEntry> page(String filter, int first, int size) {
        TypedQuery<AuditEvent> query = em.createQuery(
                "select e from AuditEvent e where " + where(filter) + " order by e.occurredAt desc, e.id desc",
                AuditEvent.class);
        bind(query, filter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 500)))
                .getResultStream().map(AuditEntry::of).toList();
    }

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
