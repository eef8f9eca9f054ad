package org.kimberleyprocess.portal.registry.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/**
 * The Chair's or Secretariat's change of a state's status, as the status form posts it: the new status, the date it
 * takes effect, the decision it follows and the reason, all required (the status history is public and explains
 * itself). Whether the move is allowed is the {@code Participant}'s rule.
 */
public record StatusDecision(
        @NotNull(message = INCOMPLETE) ParticipationStatus next,
        @NotNull(message = INCOMPLETE) LocalDate effective,
        @NotBlank(message = INCOMPLETE) String decision,
        @NotBlank(message = INCOMPLETE) String reason) {

    static final String INCOMPLETE = "registry.status.error.incomplete";
}
