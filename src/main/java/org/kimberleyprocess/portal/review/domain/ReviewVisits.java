package org.kimberleyprocess.portal.review.domain;

import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;

/** Review visits, volunteered to final. */
public interface ReviewVisits {

    /** Every visit, the latest year first. */
    List<ReviewVisit> all();

    Optional<ReviewVisit> byId(long id);

    Optional<ReviewVisit> of(String hostIso, int year);

    default ReviewVisit require(long id) {
        return byId(id).orElseThrow(() -> new NotFoundException("ReviewVisit", id));
    }

    void add(ReviewVisit visit);
}
