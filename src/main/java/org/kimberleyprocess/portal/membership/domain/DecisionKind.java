package org.kimberleyprocess.portal.membership.domain;

/** How the Participants decided: at a Plenary meeting or by written procedure. */
public enum DecisionKind {
    PLENARY,
    WRITTEN_PROCEDURE
}
