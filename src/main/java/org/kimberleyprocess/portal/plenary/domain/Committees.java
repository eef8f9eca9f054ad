package org.kimberleyprocess.portal.plenary.domain;

import java.util.List;
import java.util.Optional;
import org.kimberleyprocess.portal.platform.errors.NotFoundException;

/** The Scheme's committees and working groups, one per code. */
public interface Committees {

    List<Committee> all();

    Optional<Committee> byCode(CommitteeCode code);

    default Committee require(CommitteeCode code) {
        return byCode(code).orElseThrow(() -> new NotFoundException("Committee", code));
    }

    void add(Committee committee);
}
