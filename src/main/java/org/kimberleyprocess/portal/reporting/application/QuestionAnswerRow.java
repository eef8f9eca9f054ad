package org.kimberleyprocess.portal.reporting.application;

/** One Participant's submitted answer to one question, as text in the reader's language. */
public record QuestionAnswerRow(String isoCode, String name, String answer, boolean kpOnly, int revision) {
}
