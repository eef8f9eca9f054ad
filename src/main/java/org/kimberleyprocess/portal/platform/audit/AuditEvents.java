package org.kimberleyprocess.portal.platform.audit;

import java.util.List;

/** The audit log as stored: newest first, filtered by a text found in the actor, action, kind or key. */
public interface AuditEvents {

    /** One page of the events the filter finds (a blank filter finds all). */
    List<AuditEvent> page(String filter, int first, int size);

    /** How many events the filter finds. */
    long count(String filter);
}
