package org.kimberleyprocess.portal.reporting.domain.questionnaire;

/** Part A: information that stays constant from year to year; Part B: what changed during the reporting year. */
public enum Part {
    A, B
}
