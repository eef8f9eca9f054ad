package org.kimberleyprocess.portal.membership.application;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.kimberleyprocess.portal.membership.domain.DecisionKind;

/**
 * The Chair's record of the Participants' decision on an application, as the file's decision form posts it: admitted
 * or not, how it was taken (Plenary or written procedure), its date and reference. What a decision needs and when it
 * may be taken is the {@code MembershipApplication}'s rule.
 */
public record AdmissionDecision(boolean admitted, DecisionKind kind,
                                @NotNull(message = "membership.file.error.decisionDate") LocalDate date,
                                String reference) {
}
