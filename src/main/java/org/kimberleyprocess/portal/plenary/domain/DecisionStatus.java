package org.kimberleyprocess.portal.plenary.domain;

/**
 * Where a decision stands: drafted; circulated by the Chair in written procedure; agreed (at a meeting, or by a
 * written procedure that met no objection by its deadline); adopted once translated into the five official
 * languages and published (Rule 26).
 */
public enum DecisionStatus {
    DRAFT,
    WRITTEN_PROCEDURE,
    AGREED,
    ADOPTED
}
