package org.kimberleyprocess.portal.reporting.domain.questionnaire;

/** What a table question's column takes in each row. */
public enum ColumnType {
    TEXT, NUMBER, DATE, YES_NO
}
