package org.kimberleyprocess.portal.plenary.application;

import java.time.LocalDate;
import org.kimberleyprocess.portal.plenary.domain.MeetingKind;

/** A meeting in a list. */
public record MeetingSummary(long id, MeetingKind kind, String title, String place, LocalDate startsOn,
                             LocalDate endsOn) {
}
