package org.kimberleyprocess.portal.plenary.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kimberleyprocess.portal.plenary.domain.Decision;
import org.kimberleyprocess.portal.plenary.domain.DecisionCategory;
import org.kimberleyprocess.portal.plenary.domain.DecisionText;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/**
 * A new draft decision as the decisions page posts it: its reference and kind, its English title and text, and,
 * for a decision on a Participant's status, the state and the status it takes once the decision is adopted.
 */
public record NewDecision(
        @NotBlank(message = INCOMPLETE) @Size(max = Decision.REFERENCE_LENGTH, message = TOO_LONG) String reference,
        @NotNull(message = INCOMPLETE) DecisionCategory kind,
        @NotBlank(message = INCOMPLETE) @Size(max = DecisionText.TITLE_LENGTH, message = TOO_LONG) String title,
        @NotBlank(message = INCOMPLETE) @Size(max = DecisionText.BODY_LENGTH, message = TOO_LONG) String text,
        String effectIso,
        ParticipationStatus effectStatus) {

    static final String INCOMPLETE = "plenary.decision.error.incomplete";
    static final String TOO_LONG = "plenary.decision.error.tooLongField";
}
