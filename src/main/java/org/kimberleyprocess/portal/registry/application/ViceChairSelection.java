package org.kimberleyprocess.portal.registry.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The Participants' selection of a Vice-Chair for a year, as the Chairs page posts it: the year, the state and the
 * decision, all required. Who may be selected (a Participant in good standing, one per year) is
 * {@code ChairOffices}'s rule.
 */
public record ViceChairSelection(@NotNull(message = StatusDecision.INCOMPLETE) Integer year,
                                 @NotBlank(message = StatusDecision.INCOMPLETE) String isoCode,
                                 @NotBlank(message = StatusDecision.INCOMPLETE) String decision) {
}
