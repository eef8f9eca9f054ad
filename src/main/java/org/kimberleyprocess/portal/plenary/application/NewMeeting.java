package org.kimberleyprocess.portal.plenary.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.kimberleyprocess.portal.plenary.domain.Meeting;
import org.kimberleyprocess.portal.plenary.domain.MeetingKind;

/** A meeting as the meetings page posts it; that it ends on or after its first day is the meeting's rule. */
public record NewMeeting(
        @NotNull(message = INCOMPLETE) MeetingKind kind,
        @NotBlank(message = INCOMPLETE) @Size(max = Meeting.TITLE_LENGTH, message = NewDecision.TOO_LONG) String title,
        @NotBlank(message = INCOMPLETE) @Size(max = Meeting.PLACE_LENGTH, message = NewDecision.TOO_LONG) String place,
        @NotNull(message = INCOMPLETE) LocalDate startsOn,
        @NotNull(message = INCOMPLETE) LocalDate endsOn,
        @Size(max = Meeting.AGENDA_LENGTH, message = NewDecision.TOO_LONG) String agenda) {

    static final String INCOMPLETE = "plenary.meeting.error.incomplete";
}
