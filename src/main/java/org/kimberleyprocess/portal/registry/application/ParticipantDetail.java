package org.kimberleyprocess.portal.registry.application;

import java.time.LocalDate;
import java.util.List;
import org.kimberleyprocess.portal.registry.domain.ParticipantKind;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/** A Participant's public record: status now, its dated history, and (for a REIO) the member states. */
public record ParticipantDetail(String isoCode, String name, ParticipantKind kind, ParticipationStatus status,
                                LocalDate since, List<HistoryEntry> history, List<String> memberStates) {

    /** One dated status change. */
    public record HistoryEntry(ParticipationStatus status, LocalDate effectiveDate, String decisionReference,
                               String reason) {
    }
}
