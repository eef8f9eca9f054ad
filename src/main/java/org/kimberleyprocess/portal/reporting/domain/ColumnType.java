package org.kimberleyprocess.portal.reporting.domain;

/** What a table question's column takes in each row. */
public enum ColumnType {
    TEXT, NUMBER, DATE, YES_NO
}
