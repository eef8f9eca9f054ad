package org.kimberleyprocess.portal.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.kimberleyprocess.portal.platform.security.Role;

/** Reading the audit log: the Secretariat's, newest first, paged and filtered in the database. */
@Stateless
@RolesAllowed(Role.SECRETARIAT_NAME)
public class AuditLog {

    /** The most a page shows. */
    static final int MAX_PAGE = 500;

    @Inject
    private AuditEvents events;

    public List<AuditEntry> page(String filter, int first, int size) {
        return events.page(filter, Math.max(0, first), Math.max(1, Math.min(size, MAX_PAGE))).stream()
                .map(AuditEntry::of).toList();
    }

    public long count(String filter) {
        return events.count(filter);
    }
}
