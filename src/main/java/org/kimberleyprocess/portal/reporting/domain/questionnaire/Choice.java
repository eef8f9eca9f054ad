package org.kimberleyprocess.portal.reporting.domain.questionnaire;

/** One option of a single- or multiple-choice question: a stable code and its label. */
public record Choice(String code, LocalizedText label) {
}
