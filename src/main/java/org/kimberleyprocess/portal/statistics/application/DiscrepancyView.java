package org.kimberleyprocess.portal.statistics.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.kimberleyprocess.portal.statistics.domain.DiscrepancyStatus;

/**
 * A mirror discrepancy as pages and the API show it: the exporter's and the importer's figures for one HS code and
 * quarter, their difference (a fraction: 0.12 is 12%), where it stands, the explanation, how many comments it has
 * and, for one item read alone, the comments themselves (a list of items leaves them out).
 */
public record DiscrepancyView(long id, String exporter, String importer, String hsCode, int year, String quarter,
                              BigDecimal exportedCarats, BigDecimal exportedValue, BigDecimal importedCarats,
                              BigDecimal importedValue, BigDecimal difference, DiscrepancyStatus status,
                              String explanation, Instant foundAt, int commentCount, List<Comment> comments) {

    /** A comment on the item. */
    public record Comment(String author, String text, Instant at) {
    }
}
