package org.kimberleyprocess.portal.reporting.domain.questionnaire;

/** One column of a table question: a stable code, what it takes, and its heading. */
public record TableColumn(String code, ColumnType type, LocalizedText label) {
}
