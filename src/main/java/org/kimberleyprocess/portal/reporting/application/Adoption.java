package org.kimberleyprocess.portal.reporting.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The Plenary's adoption of a questionnaire version, as the Secretariat records it: the decision's reference and
 * date, and the first reporting year the version applies to.
 */
public record Adoption(@NotBlank(message = DECISION) String reference, @NotNull(message = DECISION) LocalDate date,
                       @NotNull(message = "reporting.questionnaire.error.firstYear") Integer firstYear) {

    static final String DECISION = "reporting.questionnaire.error.decision";
}
