package org.kimberleyprocess.portal.reporting.domain.questionnaire;

/** A question is shown, and required, only when an earlier question's answer equals a value. */
public record Condition(String question, String equals) {
}
