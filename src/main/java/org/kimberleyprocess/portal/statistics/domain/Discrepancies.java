package org.kimberleyprocess.portal.statistics.domain;

import java.util.List;
import java.util.Optional;

/** The mirror discrepancies found, one per exporter, importer, HS code and quarter. */
public interface Discrepancies {

    void add(Discrepancy discrepancy);

    Optional<Discrepancy> byId(long id);

    /** Every item of a quarter (or of every quarter of the year when {@code quarter} is null). */
    List<Discrepancy> of(int year, String quarter);
}
