package org.kimberleyprocess.portal.statistics.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.kimberleyprocess.portal.statistics.domain.Flow;
import org.kimberleyprocess.portal.statistics.domain.ReturnStatus;
import org.kimberleyprocess.portal.statistics.domain.StatisticsPeriod;
import org.kimberleyprocess.portal.statistics.domain.StoredLine;

/**
 * One period's return with its current lines and its submissions ({@code status} null when nothing is stored yet);
 * {@code editable} says whether the caller may change its figures.
 */
public record ReturnDetail(String participant, Flow flow, StatisticsPeriod period, ReturnStatus status,
                           int revision, List<Line> lines, List<Submission> submissions, boolean editable) {

    /**
     * A line: its HS code as written (7102.31); {@code partner} and {@code certificates} null for production;
     * {@code outsideScheme} for trade with a partner that was not a Participant in the period.
     */
    public record Line(String hsCode, String partner, BigDecimal carats, BigDecimal valueUsd, Integer certificates,
                       boolean outsideScheme) {
        static Line of(StoredLine l) {
            return new Line(l.hsCode().code(), l.partner(), l.carats(), l.valueUsd(), l.certificates(),
                    l.outsideScheme());
        }
    }

    /** One submission: the first, or a revision with its reason. */
    public record Submission(int revision, String reason, int lines, String by, Instant at) {
    }
}
