package org.kimberleyprocess.portal.registry.application;

import java.time.LocalDate;
import java.util.List;
import org.kimberleyprocess.portal.registry.domain.ParticipantKind;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/**
 * One dated status of a state (or the REIO) as the Secretariat enters it: on a page, or as one line of a
 * registry file. For a state not yet in the registry it records the state with this first status; in a file, a
 * later line for the same state records a change of status. {@code members} lists a REIO's member states.
 */
public record StateEntry(String isoCode, String name, ParticipantKind kind, ParticipationStatus status,
                         LocalDate date, String reference, String reason, List<String> members) {

    public StateEntry {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
