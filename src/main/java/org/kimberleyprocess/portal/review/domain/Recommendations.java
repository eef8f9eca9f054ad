package org.kimberleyprocess.portal.review.domain;

import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;

/** Recommendations of visits and missions. */
public interface Recommendations {

    Optional<Recommendation> byId(long id);

    default Recommendation require(long id) {
        return byId(id).orElseThrow(() -> new NotFoundException("Recommendation", id));
    }

    /** The open recommendations (not done) of a Participant's visits and missions, the earliest due first. */
    List<Recommendation> openFor(String isoCode);
}
