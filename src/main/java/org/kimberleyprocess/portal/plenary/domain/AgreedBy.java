package org.kimberleyprocess.portal.plenary.domain;

/** How a decision was agreed: at a meeting, or by written procedure. */
public enum AgreedBy {
    MEETING,
    WRITTEN_PROCEDURE
}
