package org.kimberleyprocess.portal.review.domain;

import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;

/** Review missions. */
public interface ReviewMissions {

    /** Every mission, the latest first. */
    List<ReviewMission> all();

    Optional<ReviewMission> byId(long id);

    default ReviewMission require(long id) {
        return byId(id).orElseThrow(() -> new NotFoundException("ReviewMission", id));
    }

    void add(ReviewMission mission);
}
