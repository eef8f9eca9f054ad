package org.kimberleyprocess.portal.plenary.domain;

import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;

/** The Plenary's and intersessional meetings. */
public interface Meetings {

    /** Every meeting, the latest first. */
    List<Meeting> all();

    Optional<Meeting> byId(long id);

    default Meeting require(long id) {
        return byId(id).orElseThrow(() -> new NotFoundException("Meeting", id));
    }

    void add(Meeting meeting);
}
