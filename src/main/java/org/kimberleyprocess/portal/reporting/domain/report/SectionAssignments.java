package org.kimberleyprocess.portal.reporting.domain.report;

import java.util.List;
import java.util.Optional;

/** Who has which section of a Participant's report on a year. */
public interface SectionAssignments {

    /** The assignments of one report, in no particular order. */
    List<SectionAssignment> of(String participantIso, int year);

    Optional<SectionAssignment> of(String participantIso, int year, String section);

    void add(SectionAssignment assignment);

    void remove(SectionAssignment assignment);
}
