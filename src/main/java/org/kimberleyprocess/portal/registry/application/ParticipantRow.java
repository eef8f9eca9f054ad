package org.kimberleyprocess.portal.registry.application;

import java.time.LocalDate;
import org.kimberleyprocess.portal.registry.domain.ParticipantKind;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/** One line of the public lists of Participants and applicants, with the name in the reader's language. */
public record ParticipantRow(String isoCode, String name, ParticipantKind kind, ParticipationStatus status,
                             LocalDate since) {
}
