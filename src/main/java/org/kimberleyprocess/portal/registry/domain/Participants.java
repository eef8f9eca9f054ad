package org.kimberleyprocess.portal.registry.domain;

import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;

/** The states (and the REIO) the Scheme knows, by their ISO code. */
public interface Participants {

    Optional<Participant> byIso(String isoCode);

    /** The state with this code; a code the registry does not hold is "not found". */
    default Participant require(String isoCode) {
        return byIso(isoCode == null ? "" : isoCode).orElseThrow(() -> new NotFoundException("Participant", isoCode));
    }

    List<Participant> all();

    long countWithStatus(ParticipationStatus status);

    boolean isEmpty();

    void add(Participant participant);
}
