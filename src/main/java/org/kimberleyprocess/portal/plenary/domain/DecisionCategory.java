package org.kimberleyprocess.portal.plenary.domain;

/** What a decision of the Plenary is. */
public enum DecisionCategory {
    ADMINISTRATIVE_DECISION,
    COMMUNIQUE,
    NOTICE,
    RULES_OF_PROCEDURE
}
