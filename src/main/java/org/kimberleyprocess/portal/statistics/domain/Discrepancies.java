package org.kimberleyprocess.portal.statistics.domain;

import java.util.List;
import java.util.Optional;

/** The mirror discrepancies found, one per exporter, importer, HS code and quarter. */
public interface Discrepancies {

    void add(Discrepancy discrepancy);

    Optional<Discrepancy> byId(long id);

    /** A listed item: its figures and where it stands, with the number of its comments. */
    record Listed(long id, String exporterIso, String importerIso, String hsCode, int year, String quarter,
                  MirrorFigures figures, java.math.BigDecimal difference, DiscrepancyStatus status,
                  String explanation, java.time.Instant foundAt, int comments) {
    }

    /** The items of a quarter (or of the year when {@code quarter} is null) as a list shows them, read at once. */
    List<Listed> listing(int year, String quarter);

    /** Every item of a quarter (or of every quarter of the year when {@code quarter} is null). */
    List<Discrepancy> of(int year, String quarter);
}
