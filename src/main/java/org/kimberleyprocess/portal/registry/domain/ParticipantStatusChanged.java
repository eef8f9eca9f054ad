package org.kimberleyprocess.portal.registry.domain;

import java.util.Objects;

/**
 * A Participant's status has changed (suspension, reinstatement, removal, admission). Rights that follow the
 * registry (focal points, committee seats) are adjusted by those who observe it, in the same transaction.
 */
public record ParticipantStatusChanged(String isoCode, ParticipationStatus from, ParticipationStatus to) {

    public ParticipantStatusChanged {
        Objects.requireNonNull(isoCode, "isoCode is required");
        Objects.requireNonNull(to, "new status is required");
    }
}
