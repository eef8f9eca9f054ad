package org.kimberleyprocess.portal.plenary.application;

import java.time.LocalDate;
import org.kimberleyprocess.portal.plenary.domain.DecisionCategory;

/** An adopted decision as the public reads it, in one language. */
public record PublicDecision(String reference, DecisionCategory kind, LocalDate date, String language, String title,
                             String text) {
}
