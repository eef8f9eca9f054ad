package org.kimberleyprocess.portal.statistics.domain;

import java.util.List;
import java.util.Optional;

/** The Participants' statistics returns, one per Participant, flow and period. */
public interface StatisticsReturns {

    void add(StatisticsReturn statisticsReturn);

    /** The return, locked against a concurrent change until the transaction ends. */
    Optional<StatisticsReturn> forChange(String participantIso, Flow flow, StatisticsPeriod period);

    /**
     * The returns of these Participants on these years, locked against a concurrent change until the transaction
     * ends (an import reads all it may change at once).
     */
    List<StatisticsReturn> forChange(java.util.Collection<String> participantIsos, java.util.Collection<Integer> years);

    /** A Participant's returns on a year, by flow and period. */
    List<StatisticsReturn> of(String participantIso, int year);

    /** Every return on a year. */
    List<StatisticsReturn> onYear(int year);

    /** The years for which any return is stored, latest first. */
    List<Integer> years();

    /** Writes pending changes now (so that lines can refer to a new return). */
    void flush();
}
