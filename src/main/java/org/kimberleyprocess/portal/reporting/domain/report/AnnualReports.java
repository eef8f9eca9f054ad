package org.kimberleyprocess.portal.reporting.domain.report;

import java.util.List;
import java.util.Optional;

/** The Participants' annual reports. */
public interface AnnualReports {

    void add(AnnualReport report);

    Optional<AnnualReport> of(String participantIso, int year);

    /** The same, locked against a concurrent change of the same report until the transaction ends. */
    Optional<AnnualReport> ofForChange(String participantIso, int year);

    /** A Participant's reports, latest year first. */
    List<AnnualReport> of(String participantIso);

    /** Every report on a year. */
    List<AnnualReport> onYear(int year);

    /** Writes pending changes now (to give a changed answer its new version). */
    void flush();
}
