package org.kimberleyprocess.portal.statistics.application;

import java.time.LocalDate;
import org.kimberleyprocess.portal.statistics.domain.Flow;

/** A period's return that a Participant has not submitted though it is past due: the "failure to provide data". */
public record MissingReturn(String participant, Flow flow, String period, LocalDate dueOn, long daysLate) {
}
