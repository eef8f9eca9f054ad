package org.kimberleyprocess.portal.platform.audit;

import java.time.Instant;

/** One line of the audit log as the Secretariat reads it. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType, String entityKey,
                         String details) implements java.io.Serializable {

    static AuditEntry of(AuditEvent e) {
        return new AuditEntry(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getEntityType(),
                e.getEntityKey(), e.getDetails());
    }
}
