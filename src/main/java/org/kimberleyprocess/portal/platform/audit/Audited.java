package org.kimberleyprocess.portal.platform.audit;

import java.util.Objects;

/**
 * Fired (as a CDI event) by a service after it changed something; written to the audit log in the same
 * transaction, so an audited change and its record stand or fall together.
 *
 * @param action     what was done, e.g. {@code PASSWORD_CHANGED}
 * @param entityType the kind of record, e.g. {@code UserAccount}
 * @param entityKey  the record's business key
 * @param details    a short human-readable description, may be null
 */
public record Audited(String action, String entityType, String entityKey, String details) {
    public Audited {
        Objects.requireNonNull(action, "action is required");
        Objects.requireNonNull(entityType, "entity type is required");
        Objects.requireNonNull(entityKey, "entity key is required");
    }
}
