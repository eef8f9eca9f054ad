package org.kimberleyprocess.portal.plenary.domain;

/** The Plenary's yearly meeting, or the intersessional meeting between two. */
public enum MeetingKind {
    PLENARY,
    INTERSESSIONAL
}
