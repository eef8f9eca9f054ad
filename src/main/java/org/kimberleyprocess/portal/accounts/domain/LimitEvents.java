package org.kimberleyprocess.portal.accounts.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * The events the abuse limits count (failed logins, anonymous forms, password-reset mails), kept where every server
 * of the portal sees them. Each call is its own transaction: a failed login counts although its request fails.
 */
public interface LimitEvents {

    /** How many events of the key happened after {@code since}, and the earliest of them. */
    Counted since(String key, Instant since);

    /** Counts an event, and forgets every event (of any key) that happened before {@code forgetBefore}. */
    void record(String key, Instant at, Instant forgetBefore);

    /** A count of events and the earliest of them. */
    record Counted(long count, Optional<Instant> earliest) {
    }
}
