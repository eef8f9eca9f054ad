package org.kimberleyprocess.portal.plenary.domain;

import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;

/** The Plenary's decisions, drafts to adopted. */
public interface Decisions {

    /** Every decision, the latest first. */
    List<Decision> all();

    /** The decisions adopted in a year, or in every year when it is null, the latest first. */
    List<Decision> adopted(Integer year);

    /** The decisions agreed at a meeting. */
    List<Decision> ofMeeting(Meeting meeting);

    Optional<Decision> byId(long id);

    Optional<Decision> byReference(String reference);

    default Decision require(long id) {
        return byId(id).orElseThrow(() -> new NotFoundException("Decision", id));
    }

    void add(Decision decision);
}
