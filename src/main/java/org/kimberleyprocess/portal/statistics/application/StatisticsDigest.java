package org.kimberleyprocess.portal.statistics.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.kimberleyprocess.portal.statistics.domain.Flow;

/**
 * What a Participant's statistics of a year say, for the statistics summary of its annual report: per flow, the
 * periods submitted and their totals; the periods not submitted; the corrections made (revisions with their reasons);
 * the last submission.
 */
public record StatisticsDigest(String participant, int year, List<FlowDigest> flows, List<PeriodRef> notSubmitted,
                               List<Correction> corrections, Instant lastSubmission) {

    /** One flow's submitted periods (of how many) and their totals. */
    public record FlowDigest(Flow flow, int submitted, int periods, BigDecimal carats, BigDecimal valueUsd) {
    }

    /** A flow's period. */
    public record PeriodRef(Flow flow, String period) {
    }

    /** A revision of a submitted period, with its reason. */
    public record Correction(Flow flow, String period, int revision, String reason, Instant at) {
    }
}
