package org.kimberleyprocess.portal.review.domain;

import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;

/** The expert roster. */
public interface Experts {

    /** Every expert, by name. */
    List<Expert> all();

    Optional<Expert> byId(long id);

    default Expert require(long id) {
        return byId(id).orElseThrow(() -> new NotFoundException("Expert", id));
    }

    void add(Expert expert);
}
