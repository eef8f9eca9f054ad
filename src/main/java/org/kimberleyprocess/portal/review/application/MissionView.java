package org.kimberleyprocess.portal.review.application;

import java.time.LocalDate;
import java.util.List;
import org.kimberleyprocess.portal.review.domain.MissionOutcome;
import org.kimberleyprocess.portal.review.domain.MissionStatus;

/** A review mission: the Participant concerned, grounds, team, terms, report, outcome and the decision it proposed. */
public record MissionView(long id, String subjectIso, LocalDate openedOn, MissionStatus status, String grounds,
                          String terms, List<ExpertView> team, String report, MissionOutcome outcome,
                          String decisionReference, List<RecommendationView> recommendations) {

    public boolean open() {
        return status == MissionStatus.OPEN;
    }

    public boolean reported() {
        return status == MissionStatus.REPORTED;
    }

    public boolean closed() {
        return status == MissionStatus.CLOSED;
    }
}
