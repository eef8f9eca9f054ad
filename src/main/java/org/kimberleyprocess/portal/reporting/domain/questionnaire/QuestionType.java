package org.kimberleyprocess.portal.reporting.domain.questionnaire;

/** What kind of answer a question takes. */
public enum QuestionType {
    LONG_TEXT, YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE, NUMBER, DATE, TABLE, FILE;

    /** Whether the question offers a list of options. */
    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** Whether another question's condition can test this one's answer against one value. */
    public boolean canBeConditionedOn() {
        return this == YES_NO || this == SINGLE_CHOICE;
    }
}
