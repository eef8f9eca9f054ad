package org.kimberleyprocess.portal.plenary.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kimberleyprocess.portal.plenary.domain.Decision;
import org.kimberleyprocess.portal.plenary.domain.DecisionCategory;
import org.kimberleyprocess.portal.plenary.domain.DecisionText;
import org.kimberleyprocess.portal.registry.domain.ParticipationStatus;

/**
 * A new draft decision as the decisions page posts it: its reference and kind, its English title and text, and what
 * it does once adopted, if anything: a Participant's new status (the state and the status), the Vice-Chair of a year
 * (the state and the year), or a questionnaire version adopted for the reports from a first year.
 */
public record NewDecision(
        @NotBlank(message = INCOMPLETE) @Size(max = Decision.REFERENCE_LENGTH, message = TOO_LONG) String reference,
        @NotNull(message = INCOMPLETE) DecisionCategory kind,
        @NotBlank(message = INCOMPLETE) @Size(max = DecisionText.TITLE_LENGTH, message = TOO_LONG) String title,
        @NotBlank(message = INCOMPLETE) @Size(max = DecisionText.BODY_LENGTH, message = TOO_LONG) String text,
        String effectIso,
        ParticipationStatus effectStatus,
        Integer viceChairYear,
        Integer questionnaireVersion,
        Integer questionnaireFirstYear) {

    /** A decision that does nothing by itself once adopted (a communiqué, a notice…) or changes a status. */
    public NewDecision(String reference, DecisionCategory kind, String title, String text, String effectIso,
                       ParticipationStatus effectStatus) {
        this(reference, kind, title, text, effectIso, effectStatus, null, null, null);
    }

    static final String INCOMPLETE = "plenary.decision.error.incomplete";
    static final String TOO_LONG = "plenary.decision.error.tooLongField";
}
