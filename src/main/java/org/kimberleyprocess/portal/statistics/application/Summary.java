package org.kimberleyprocess.portal.statistics.application;

import java.util.List;
import org.kimberleyprocess.portal.statistics.domain.Flow;

/** A year's figures of a flow: per Participant and the world total; whether the year is published yet. */
public record Summary(int year, Flow flow, boolean published, List<SummaryRow> participants, SummaryRow world) {
}
