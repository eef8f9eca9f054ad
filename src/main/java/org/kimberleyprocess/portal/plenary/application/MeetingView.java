package org.kimberleyprocess.portal.plenary.application;

import java.time.LocalDate;
import java.util.List;
import org.kimberleyprocess.portal.plenary.domain.MeetingKind;

/** A meeting with its agenda, those present (ISO codes, Observers' names) and the decisions agreed there. */
public record MeetingView(long id, MeetingKind kind, String title, String place, LocalDate startsOn, LocalDate endsOn,
                          String agenda, List<String> participants, List<String> observers,
                          List<DecisionSummary> decisions) {
}
