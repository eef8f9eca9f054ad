package org.kimberleyprocess.portal.plenary.domain;

/** What a document of the library is. */
public enum LibraryKind {
    COMMUNIQUE,
    ADMINISTRATIVE_DECISION,
    REPORT,
    GUIDANCE,
    MEETING_PAPER,
    OTHER
}
