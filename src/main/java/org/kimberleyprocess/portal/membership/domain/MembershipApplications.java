package org.kimberleyprocess.portal.membership.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kimberleyprocess.portal.registry.domain.Participant;

/** The membership applications, by reference. */
public interface MembershipApplications {

    Optional<MembershipApplication> byReference(String reference);

    /** A state's applications, the latest first. */
    List<MembershipApplication> of(Participant state);

    /** Applications in the procedure (submitted, not yet closed), oldest submission first. */
    List<MembershipApplication> inProcedure();

    /** Each state's latest application status, by ISO code. */
    Map<String, ApplicationStatus> latestStatuses();

    /** The reference of an application opened in this year: the next number of that year, never given twice. */
    String nextReference(int year);

    /** Makes a concurrent change of the same application fail rather than interleave (a decision). */
    void lockForChange(MembershipApplication application);

    void add(MembershipApplication application);
}
